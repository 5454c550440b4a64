package io.github.maprace.plugin.analysis;

import io.github.maprace.plugin.model.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throw-away Maven-style project for tests: write sources under {@code src/main/java}, run the
 * static pass, and read the lines the inputs mark with {@code // expect: RULE_ID} (and
 * {@code related: RULE_ID} for a finding's other lines).
 */
public final class TestProject {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile("(?:class|interface|enum|record)\\s+(\\w+)");

    private final Path baseDir;
    private final Path sourceRoot;

    /** A project rooted at {@code baseDir} (usually a JUnit {@code @TempDir}). */
    public TestProject(Path baseDir) {
        this.baseDir = baseDir;
        this.sourceRoot = baseDir.resolve("src/main/java");
    }

    /** The project base directory. */
    public Path baseDir() {
        return baseDir;
    }

    /** Writes {@code source} where its package and first type name say; returns its project-relative uri. */
    public String write(String source) {
        Matcher pkg = PACKAGE.matcher(source);
        Matcher type = TYPE.matcher(source);
        String dir = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
        String name = type.find() ? type.group(1) : "Unnamed";
        return write(dir + name + ".java", source);
    }

    /** Writes {@code source} to {@code relativePath} under {@code src/main/java}; returns its uri. */
    public String write(String relativePath, String source) {
        try {
            Path file = sourceRoot.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
            return "src/main/java/" + relativePath;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a test resource (e.g. {@code rules/check_then_act/Bad.java}); returns its uri. */
    public String writeResource(String resource) {
        return write(resource(resource));
    }

    /** Runs the whole static pass with every implemented rule. */
    public StaticResult analyze() {
        return new StaticAnalyzer().analyze(baseDir, List.of(sourceRoot), List.of(), Set.of());
    }

    /** Lines of the findings of {@code ruleId} in {@code uri}, in order. */
    public static List<Integer> lines(StaticResult result, String ruleId, String uri) {
        return result.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId) && f.location().uri().equals(uri))
                .map(Finding::location)
                .map(location -> location.line())
                .toList();
    }

    /** The 1-based lines of {@code source} that carry {@code // expect: ruleId}. */
    public static List<Integer> expectedLines(String source, String ruleId) {
        List<Integer> lines = new ArrayList<>();
        String[] split = source.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            if (split[i].matches(".*//\\s*expect:\\s*" + Pattern.quote(ruleId) + "\\b.*")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    /** The 1-based lines of {@code source} that carry {@code related: ruleId} in a line comment. */
    public static List<Integer> relatedLines(String source, String ruleId) {
        List<Integer> lines = new ArrayList<>();
        String[] split = source.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            if (split[i].matches(".*//.*\\brelated:\\s*" + Pattern.quote(ruleId) + "\\b.*")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    /** The text of a class-path resource. */
    public static String resource(String name) {
        try (InputStream in = TestProject.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
