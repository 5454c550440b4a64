package io.github.maprace.plugin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static pass on the sources real projects have: modern Java syntax, annotations from
 * processors that are not on the class path, generated source roots, files that do not compile and
 * class path entries that do not exist. It analyses what it can, names what it could not, and never
 * aborts.
 */
class RobustInputTest {

    /** A class with one CHECK_THEN_ACT, so each test can see the pass still found something. */
    private static final String RACY = """
            package demo;
            import java.util.concurrent.ConcurrentHashMap;
            public class Racy {
                private final ConcurrentHashMap<String, Integer> seen = new ConcurrentHashMap<>();
                void add(String k) {
                    if (!seen.containsKey(k)) seen.put(k, 1);
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void shouldAnalyseRecordsSealedTypesSwitchPatternsTextBlocksAndVar() {
        TestProject project = new TestProject(dir);
        project.write(RACY);
        project.write("""
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                public sealed interface Shape permits Shape.Circle, Shape.Square {
                    record Circle(double r) implements Shape { }
                    record Square(double side) implements Shape { }
                    static String describe(Shape shape) {
                        var names = new HashMap<String, Integer>();
                        String text = \"""
                            shape:
                              %s
                            \""".formatted(shape);
                        for (var entry : Map.of("a", 1).entrySet()) {
                            names.put(entry.getKey(), entry.getValue());
                        }
                        return switch (shape) {
                            case Circle c when c.r() > 10 -> "big circle " + text;
                            case Circle c -> "circle";
                            case Square s -> "square " + names.size();
                        };
                    }
                }
                """);

        StaticResult result = project.analyze();

        assertThat(result.problems()).isEmpty();
        assertThat(result.filesAnalysed()).isEqualTo(2);
        assertThat(ruleIds(result)).containsExactly("CHECK_THEN_ACT");
    }

    @Test
    void shouldAnalyseJava21RecordPatternsAndJava22UnnamedVariables() {
        TestProject project = new TestProject(dir);
        project.write(RACY);
        project.write("""
                package demo;
                import java.util.Map;
                public class Modern {
                    record Point(int x, int y) { }
                    static int sum(Object o, Map<String, Integer> counts) {
                        if (o instanceof Point(int x, int y)) {
                            return x + y;
                        }
                        int total = 0;
                        for (var _ : counts.keySet()) {
                            total++;
                        }
                        try {
                            return switch (o) {
                                case Point(var x, _) -> x;
                                default -> total;
                            };
                        } catch (RuntimeException _) {
                            return -1;
                        }
                    }
                }
                """);

        StaticResult result = project.analyze();

        // Spoon 11.2.1 at compliance level 23 parses both (JDT's Java 21 and 22 syntax)
        assertThat(result.problems()).isEmpty();
        assertThat(result.filesAnalysed()).isEqualTo(2);
        assertThat(ruleIds(result)).containsExactly("CHECK_THEN_ACT");
    }

    @Test
    void shouldAnalyseClassesWithUnresolvedLombokAnnotations() {
        TestProject project = new TestProject(dir);
        project.write("""
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                import lombok.Getter;
                import lombok.RequiredArgsConstructor;
                import lombok.extern.slf4j.Slf4j;
                @Slf4j
                @RequiredArgsConstructor
                public class Sessions implements Runnable {
                    @Getter
                    private final Map<String, String> byId = new HashMap<>();
                    @lombok.Synchronized
                    public void put(String id, String user) {
                        byId.put(id, user); // expect: SHARED_UNSAFE_MAP
                        log.info("put {}", id);
                    }
                    @Override
                    public void run() {
                        byId.clear();
                    }
                }
                """);

        StaticResult result = project.analyze();

        assertThat(result.problems()).isEmpty();
        assertThat(result.filesAnalysed()).isEqualTo(1);
        assertThat(ruleIds(result)).contains("SHARED_UNSAFE_MAP");
    }

    @Test
    void shouldAnalyseAGeneratedSourcesRootBesideTheMainRoot() throws Exception {
        TestProject project = new TestProject(dir);
        project.write(RACY);
        Path generated = dir.resolve("target/generated-sources/annotations/demo/gen");
        Files.createDirectories(generated);
        Files.writeString(generated.resolve("Racy_Builder.java"), """
                package demo.gen;
                import javax.annotation.processing.Generated;
                @Generated("some.Processor")
                public final class Racy_Builder {
                    private String name;
                    public Racy_Builder name(String name) { this.name = name; return this; }
                }
                """);

        StaticResult result = new StaticAnalyzer().analyze(dir,
                List.of(dir.resolve("src/main/java"), dir.resolve("target/generated-sources/annotations")),
                List.of(), Set.of());

        assertThat(result.problems()).isEmpty();
        assertThat(result.filesAnalysed()).isEqualTo(2);
        assertThat(ruleIds(result)).containsExactly("CHECK_THEN_ACT");
    }

    @Test
    void shouldReportFilesThatDoNotCompileAndAnalyseTheRest() {
        TestProject project = new TestProject(dir);
        project.write(RACY);
        // a type error (unknown method, wrong types) is not a syntax error: the file is still analysed
        project.write("demo/TypeErrors.java", """
                package demo;
                public class TypeErrors {
                    int f() { return "text" * undefinedMethod(); }
                }
                """);
        project.write("demo/Truncated.java", "package demo;\npublic class Truncated {\n  void f() { if (x {\n");
        project.write("demo/Garbage.java", "this is not java at all ;;; }}}\n");

        StaticResult result = project.analyze();

        assertThat(ruleIds(result)).containsExactly("CHECK_THEN_ACT");
        assertThat(result.filesAnalysed()).isGreaterThanOrEqualTo(2);
        assertThat(String.join("\n", result.problems())).contains("Truncated.java").contains("Garbage.java")
                .doesNotContain("Racy.java");
    }

    @Test
    void shouldIgnoreMissingAndUnreadableClasspathEntries() throws Exception {
        TestProject project = new TestProject(dir);
        project.write(RACY);
        Path notAJar = dir.resolve("lib/broken.jar");
        Files.createDirectories(notAJar.getParent());
        Files.writeString(notAJar, "not a zip");

        StaticResult result = new StaticAnalyzer().analyze(dir, List.of(dir.resolve("src/main/java")),
                List.of(dir.resolve("missing.jar").toString(), dir.resolve("no/such/dir").toString(),
                        notAJar.toString(), ""),
                Set.of());

        assertThat(result.filesAnalysed()).isEqualTo(1);
        assertThat(ruleIds(result)).containsExactly("CHECK_THEN_ACT");
        assertThat(result.problems()).singleElement().asString().contains("broken.jar", "not a readable jar");
    }

    @Test
    void shouldSurviveAPackageInfoWithAModuleInfoBeside() {
        TestProject project = new TestProject(dir);
        project.write(RACY);
        project.write("module-info.java", "module demo { requires java.base; }\n");
        project.write("demo/package-info.java", """
                @Deprecated(since = demo.Racy.VERSION)
                package demo;
                """);

        StaticResult result = project.analyze();

        assertThat(ruleIds(result)).containsExactly("CHECK_THEN_ACT");
    }

    private static List<String> ruleIds(StaticResult result) {
        return result.findings().stream().map(Finding::ruleId).distinct().toList();
    }
}
