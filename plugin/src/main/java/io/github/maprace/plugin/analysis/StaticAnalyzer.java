package io.github.maprace.plugin.analysis;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.rules.UntestedSharedMapRule;
import io.github.maprace.plugin.rules.Rule;
import io.github.maprace.plugin.rules.RuleCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import spoon.Launcher;

/**
 * The static pass: builds one Spoon model of the project's sources and runs every enabled rule
 * over it in a single walk.
 *
 * <p>It never throws on bad input. Sources Spoon cannot parse are skipped and named in
 * {@link StaticResult#problems()}; if building the whole model fails anyway, the files are tried
 * one at a time, so one poisonous file costs only itself. The plugin never loads user classes:
 * everything here works from source text.
 */
public final class StaticAnalyzer {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::ruleId)
            .thenComparing(f -> f.location().uri())
            .thenComparingInt(f -> f.location().line())
            .thenComparing(Finding::message);

    /** Builds a model of some files; a seam so that tests can make the whole-tree build fail. */
    interface ModelBuilder {
        /** A built launcher over {@code files}; may throw anything Spoon throws. */
        Launcher build(List<Path> files, List<String> classpath, List<String> problems);
    }

    private final List<Rule> rules;
    private final ModelBuilder builder;

    /** An analyzer running every implemented rule ({@link RuleCatalog#implemented()}). */
    public StaticAnalyzer() {
        this(RuleCatalog.implemented());
    }

    /** An analyzer running {@code rules}; for tests and for callers that pick their own rules. */
    public StaticAnalyzer(List<Rule> rules) {
        this(rules, SpoonModels::build);
    }

    StaticAnalyzer(List<Rule> rules, ModelBuilder builder) {
        this.rules = List.copyOf(rules);
        this.builder = builder;
    }

    /**
     * Analyses the Java sources under {@code sourceRoots}.
     *
     * @param baseDir          the project base directory; finding locations are relative to it
     * @param sourceRoots      directories of {@code .java} files (e.g. {@code src/main/java},
     *                         {@code src/test/java}); missing ones are skipped
     * @param classpath        jars and directories that help resolve types; may be empty, bad
     *                         entries are ignored
     * @param disabledRuleIds  rule ids not to run
     * @return findings sorted by rule, file and line, and the problems met on the way
     */
    public StaticResult analyze(Path baseDir, List<Path> sourceRoots, List<String> classpath, Set<String> disabledRuleIds) {
        List<String> problems = new ArrayList<>();
        try {
            Path base = baseDir == null ? Path.of("").toAbsolutePath() : baseDir;
            List<Rule> active = rules.stream()
                    .filter(rule -> disabledRuleIds == null || !disabledRuleIds.contains(rule.info().id()))
                    .toList();
            List<Path> files = SourceFiles.collect(sourceRoots == null ? List.of() : sourceRoots, problems);
            if (files.isEmpty() || active.isEmpty()) {
                return StaticResult.empty(problems);
            }
            return run(base, files, classpath == null ? List.of() : classpath, active, problems);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            problems.add("the static analysis stopped early: " + e);
            return StaticResult.empty(problems);
        }
    }

    private StaticResult run(Path base, List<Path> files, List<String> classpath, List<Rule> active, List<String> problems) {
        Set<Finding> findings = new LinkedHashSet<>();
        RulePass pass = new RulePass(active, base, findings, problems);
        Set<Path> parsed;
        Map<Path, String> causes = new HashMap<>();
        try {
            parsed = analyseTogether(files, classpath, pass, problems);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            problems.add("Spoon could not build one model of all " + files.size() + " source files (" + e
                    + "); analysing them one by one instead");
            findings.clear();
            parsed = analyseOneByOne(files, classpath, pass, problems, causes);
        }
        long lines = 0;
        for (Path file : files) {
            if (parsed.contains(file)) {
                lines += SourceFiles.nonBlankLines(file);
            } else {
                String cause = causes.getOrDefault(file, "syntax errors?");
                problems.add("could not parse " + relative(base, file) + " (" + cause + "); it was not analysed");
            }
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        // a shared map field is not a finding until the test run says no test exercised it
        List<Finding> sharedMaps = sorted.stream().filter(f -> f.ruleId().equals(UntestedSharedMapRule.ID)).toList();
        sorted.removeAll(sharedMaps);
        return new StaticResult(sorted, problems, parsed.size(), lines, sharedMaps);
    }

    /** One model, one walk: the normal case. Returns the files that made it into the model. */
    private Set<Path> analyseTogether(List<Path> files, List<String> classpath, RulePass pass, List<String> problems) {
        List<String> setupProblems = new ArrayList<>();
        Launcher launcher = builder.build(files, classpath, setupProblems);
        problems.addAll(setupProblems);
        pass.run(launcher.getModel().getRootPackage());
        return parsedFiles(launcher, files);
    }

    /** The fallback when the whole model could not be built: each file alone, without the others' types. */
    private Set<Path> analyseOneByOne(List<Path> files, List<String> classpath, RulePass pass,
                                             List<String> problems, Map<Path, String> causes) {
        Set<Path> parsed = new HashSet<>();
        List<String> setupProblems = new ArrayList<>();
        for (Path file : files) {
            try {
                Launcher launcher = builder.build(List.of(file), classpath, setupProblems);
                pass.run(launcher.getModel().getRootPackage());
                parsed.addAll(parsedFiles(launcher, List.of(file)));
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                // reported by the caller as a file that could not be parsed, with this cause
                causes.put(file, e.toString());
            }
        }
        setupProblems.stream().distinct().forEach(problems::add);
        return parsed;
    }

    /**
     * The input files that have a compilation unit in the model. With syntax errors ignored,
     * Spoon drops a broken file silently; comparing is how we find out.
     */
    private static Set<Path> parsedFiles(Launcher launcher, List<Path> files) {
        Set<Path> inModel = new HashSet<>();
        for (String name : launcher.getFactory().CompilationUnit().getMap().keySet()) {
            inModel.add(SourceFiles.canonical(Path.of(name)));
        }
        Set<Path> parsed = new HashSet<>();
        for (Path file : files) {
            if (inModel.contains(file)) {
                parsed.add(file);
            }
        }
        return parsed;
    }

    private static String relative(Path base, Path file) {
        Path root = SourceFiles.canonical(base);
        return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
    }
}
