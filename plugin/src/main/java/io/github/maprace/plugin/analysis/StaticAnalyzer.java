package io.github.maprace.plugin.analysis;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.rules.UntestedSharedMapRule;
import io.github.maprace.plugin.rules.Rule;
import io.github.maprace.plugin.rules.RuleCatalog;
import io.github.maprace.plugin.analysis.StaticCache.Entry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import spoon.Launcher;

/**
 * The static pass: builds one Spoon model of the project's sources and runs every enabled rule
 * over it in a single walk.
 *
 * <p>It never throws on bad input. Sources Spoon cannot parse are skipped and named in
 * {@link StaticResult#problems()}; if building the whole model fails anyway, the files are tried
 * one at a time, so one poisonous file costs only itself. The plugin never loads user classes:
 * everything here works from source text.
 *
 * <p>With a cache file ({@link #analyze(Path, List, List, Set, Path)}) the results are kept per
 * source file, and a later pass builds a model of only the files a change can affect
 * ({@link IncrementalScope}), taking the other files' results from the cache ({@link StaticCache}).
 */
public final class StaticAnalyzer {

    private static final Pattern RULE_FAILURE = Pattern.compile("^rule \\S+ failed on (.+):\\d+ and skipped");

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
        return analyze(baseDir, sourceRoots, classpath, disabledRuleIds, null);
    }

    /**
     * Analyses the Java sources under {@code sourceRoots}, reusing the results kept in
     * {@code cacheFile} for the files a change cannot affect (see {@link IncrementalScope}), and
     * writing the new results back. A missing, stale or damaged cache means a full pass; a cache
     * that cannot be written is a problem, not a failure.
     *
     * @param cacheFile where results are kept between builds, or {@code null} for no cache
     * @see #analyze(Path, List, List, Set)
     */
    public StaticResult analyze(Path baseDir, List<Path> sourceRoots, List<String> classpath,
                                Set<String> disabledRuleIds, Path cacheFile) {
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
            List<String> cp = classpath == null ? List.of() : classpath;
            if (cacheFile == null) {
                Pass pass = pass(base, files, cp, active, false);
                return result(files, entries(base, files, Map.of(), pass), global(base, files, pass), problems, Set.copyOf(files));
            }
            return cached(base, files, cp, active, problems, cacheFile);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            problems.add("the static analysis stopped early: " + e);
            return StaticResult.empty(problems);
        }
    }

    private StaticResult cached(Path base, List<Path> files, List<String> classpath, List<Rule> active,
                                List<String> problems, Path cacheFile) {
        String key = CacheKey.of(active, classpath);
        Map<Path, SourceText> texts = new HashMap<>();
        for (Path file : files) {
            SourceText text = SourceText.read(file);
            if (text != null) {
                texts.put(file, text);
            }
        }
        StaticCache cache = StaticCache.read(cacheFile, key);
        if (cache != null) {
            Set<Path> changed = new LinkedHashSet<>();
            for (Path file : files) {
                Entry entry = cache.entries().get(file);
                SourceText text = texts.get(file);
                if (entry == null || text == null || !entry.hash().equals(text.hash())) {
                    changed.add(file);
                }
            }
            Set<Path> removed = new HashSet<>(cache.entries().keySet());
            files.forEach(removed::remove);
            if (changed.isEmpty() && removed.isEmpty()) {
                return result(files, cache.entries(), cache.global(), problems, Set.of());
            }
            IncrementalScope scope = IncrementalScope.of(files, texts, cache.entries(), changed, removed);
            if (scope.model().size() <= files.size() / 2) {
                Pass pass = pass(base, files.stream().filter(scope.model()::contains).toList(), classpath, active, true);
                if (pass.together()) {
                    Map<Path, Entry> entries = new HashMap<>(cache.entries());
                    entries.keySet().removeAll(removed);
                    entries.putAll(entries(base, files.stream().filter(scope.recheck()::contains).toList(), texts, pass));
                    return written(new StaticCache(key, global(base, files, pass), entries), cacheFile, files,
                            problems, scope.recheck());
                }
            }
        }
        Pass pass = pass(base, files, classpath, active, true);
        StaticCache fresh = new StaticCache(key, global(base, files, pass), entries(base, files, texts, pass));
        return pass.together() ? written(fresh, cacheFile, files, problems, Set.copyOf(files))
                : result(files, fresh.entries(), fresh.global(), problems, Set.copyOf(files));
    }

    /** Writes {@code cache} and returns its result; a cache that cannot be written is only a problem. */
    private static StaticResult written(StaticCache cache, Path cacheFile, List<Path> files, List<String> problems,
                                        Set<Path> analysed) {
        try {
            cache.write(cacheFile);
        } catch (IOException | RuntimeException e) {
            problems.add("could not write the static cache " + cacheFile + " (" + e + "); the next pass starts afresh");
        }
        return result(files, cache.entries(), cache.global(), problems, analysed);
    }

    /** What one model and its walk produced. */
    private record Pass(Set<Finding> findings, List<String> problems, Set<Path> parsed, Map<Path, String> causes,
                        Map<Path, FileFacts> facts, boolean together) {
    }

    /**
     * Builds one model of {@code files} and runs the rules over it; if that model cannot be built,
     * each file alone ({@link Pass#together()} false).
     */
    private Pass pass(Path base, List<Path> files, List<String> classpath, List<Rule> active, boolean withFacts) {
        Set<Finding> findings = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        RulePass rulePass = new RulePass(active, base, findings, problems);
        try {
            List<String> setupProblems = new ArrayList<>();
            Launcher launcher = builder.build(files, classpath, setupProblems);
            problems.addAll(setupProblems);
            rulePass.run(launcher.getModel().getRootPackage());
            return new Pass(findings, problems, parsedFiles(launcher, files), Map.of(),
                    withFacts ? FileFacts.of(launcher) : Map.of(), true);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            problems.clear();
            problems.add("Spoon could not build one model of all " + files.size() + " source files (" + e
                    + "); analysing them one by one instead");
            findings.clear();
            Map<Path, String> causes = new HashMap<>();
            Set<Path> parsed = analyseOneByOne(files, classpath, rulePass, problems, causes);
            return new Pass(findings, problems, parsed, causes, Map.of(), false);
        }
    }

    /** The results of each of {@code files} in {@code pass}, as the cache keeps them. */
    private static Map<Path, Entry> entries(Path base, List<Path> files, Map<Path, SourceText> texts, Pass pass) {
        Map<String, Path> byUri = new HashMap<>();
        files.forEach(file -> byUri.put(relative(base, file), file));
        Map<Path, List<Finding>> findings = new HashMap<>();
        for (Finding f : pass.findings()) {
            Path file = byUri.get(f.location().uri());
            if (file != null) {
                findings.computeIfAbsent(file, k -> new ArrayList<>()).add(f);
            }
        }
        Map<Path, List<String>> problems = new HashMap<>();
        for (String problem : pass.problems()) {
            Path file = byUri.get(fileOf(problem));
            if (file != null) {
                problems.computeIfAbsent(file, k -> new ArrayList<>()).add(problem);
            }
        }
        Map<Path, Entry> entries = new HashMap<>();
        for (Path file : files) {
            List<Finding> all = findings.getOrDefault(file, List.of());
            List<Finding> shared = all.stream().filter(f -> f.ruleId().equals(UntestedSharedMapRule.ID)).toList();
            List<String> fileProblems = new ArrayList<>(problems.getOrDefault(file, List.of()));
            boolean parsed = pass.parsed().contains(file);
            if (!parsed) {
                fileProblems.add("could not parse " + relative(base, file) + " ("
                        + pass.causes().getOrDefault(file, "syntax errors?") + "); it was not analysed");
            }
            SourceText text = texts.get(file);
            entries.put(file, new Entry(text == null ? "" : text.hash(), pass.facts().get(file), parsed,
                    parsed ? SourceFiles.nonBlankLines(file) : 0,
                    all.stream().filter(f -> !shared.contains(f)).toList(), shared, fileProblems));
        }
        return entries;
    }

    /** The findings and problems of {@code pass} that name none of the project's files. */
    private static Entry global(Path base, List<Path> files, Pass pass) {
        Set<String> uris = new HashSet<>();
        files.forEach(file -> uris.add(relative(base, file)));
        return Entry.global(pass.findings().stream().filter(f -> !uris.contains(f.location().uri())).toList(),
                pass.problems().stream().filter(p -> !uris.contains(fileOf(p))).toList());
    }

    /** The file a rule failure names ({@link RulePass}'s message), or null. */
    private static String fileOf(String problem) {
        Matcher m = RULE_FAILURE.matcher(problem);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The pass's result from per-file results: findings sorted, shared maps apart, problems in file
     * order; the parsed files outside {@code analysed} (this run's model) count as from the cache.
     */
    private static StaticResult result(List<Path> files, Map<Path, Entry> entries, Entry global, List<String> problems,
                                       Set<Path> analysed) {
        List<Finding> findings = new ArrayList<>();
        List<Finding> sharedMaps = new ArrayList<>();
        List<String> allProblems = new ArrayList<>(problems);
        allProblems.addAll(global.problems());
        int parsed = 0;
        int reused = 0;
        long lines = 0;
        for (Finding f : global.findings()) {
            (f.ruleId().equals(UntestedSharedMapRule.ID) ? sharedMaps : findings).add(f);
        }
        for (Path file : files) {
            Entry entry = entries.get(file);
            if (entry == null) {
                continue;
            }
            findings.addAll(entry.findings());
            sharedMaps.addAll(entry.sharedMaps());
            allProblems.addAll(entry.problems());
            parsed += entry.parsed() ? 1 : 0;
            reused += entry.parsed() && !analysed.contains(file) ? 1 : 0;
            lines += entry.lines();
        }
        findings.sort(ORDER);
        sharedMaps.sort(ORDER);
        return new StaticResult(List.copyOf(findings), List.copyOf(allProblems), parsed, lines, List.copyOf(sharedMaps),
                reused);
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
