package io.github.maprace.plugin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticAnalyzerTest {

    private static final String RACY = """
            package demo;
            import java.util.concurrent.ConcurrentHashMap;
            public class Racy {
                private final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();
                void add(String k) {
                    if (!map.containsKey(k)) {
                        map.put(k, k); // expect: CHECK_THEN_ACT
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void shouldReportAnUnparsableFileAsAProblemAndStillAnalyseTheOthers() {
        TestProject project = new TestProject(dir);
        String racy = project.write(RACY);
        project.write("demo/Broken.java", "package demo;\npublic class Broken {\n  void f( { int x = ; }\n");

        StaticResult result = project.analyze();

        assertThat(result.problems()).singleElement().asString()
                .contains("src/main/java/demo/Broken.java").contains("not analysed");
        assertThat(TestProject.lines(result, "CHECK_THEN_ACT", racy))
                .isEqualTo(TestProject.expectedLines(RACY, "CHECK_THEN_ACT"));
        assertThat(result.filesAnalysed()).isEqualTo(1);
    }

    @Test
    void shouldLocateFindingsRelativeToTheBaseDirectoryWithForwardSlashes() {
        TestProject project = new TestProject(dir);
        project.write(RACY);

        Finding finding = project.analyze().findings().get(0);

        assertThat(finding.location().uri()).isEqualTo("src/main/java/demo/Racy.java");
        assertThat(finding.location().line()).isEqualTo(7);
        assertThat(finding.related()).extracting(l -> l.uri()).containsOnly("src/main/java/demo/Racy.java");
    }

    @Test
    void shouldSkipMissingRootsAndBadClasspathEntriesWithoutComplaint() {
        TestProject project = new TestProject(dir);
        project.write(RACY);
        List<Path> roots = List.of(dir.resolve("src/main/java"), dir.resolve("src/test/java"), dir.resolve("nowhere"));
        List<String> classpath = List.of(dir.resolve("missing.jar").toString(), "", dir.toString());

        StaticResult result = new StaticAnalyzer().analyze(dir, roots, classpath, Set.of());

        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void shouldNotRunDisabledRules() {
        TestProject project = new TestProject(dir);
        project.write(RACY);

        StaticResult result = new StaticAnalyzer()
                .analyze(dir, List.of(dir.resolve("src/main/java")), List.of(), Set.of("CHECK_THEN_ACT"));

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void shouldNeverThrowOnNullOrEmptyInput() {
        StaticAnalyzer analyzer = new StaticAnalyzer();

        assertThat(analyzer.analyze(null, null, null, null).findings()).isEmpty();
        assertThat(analyzer.analyze(dir, List.of(), List.of(), Set.of()).filesAnalysed()).isZero();
    }

    @Test
    void shouldCountFilesAndNonBlankLinesOnce_evenWhenRootsNest() {
        TestProject project = new TestProject(dir);
        project.write(RACY);
        long nonBlank = RACY.lines().filter(line -> !line.isBlank()).count();

        StaticResult result = new StaticAnalyzer()
                .analyze(dir, List.of(dir.resolve("src"), dir.resolve("src/main/java")), List.of(), Set.of());

        assertThat(result.filesAnalysed()).isEqualTo(1);
        assertThat(result.linesAnalysed()).isEqualTo(nonBlank);
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void shouldSurviveModuleAndPackageInfoFilesThatTripSpoon() {
        TestProject project = new TestProject(dir);
        project.write(RACY);
        project.write("module-info.java", "module demo { requires java.base; }\n");
        project.write("demo/package-info.java", "@Deprecated(since = demo.Racy.SINCE)\npackage demo;\n");

        StaticResult result = project.analyze();

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("CHECK_THEN_ACT");
    }

    @Test
    void shouldReturnTheSameFindingsInTheSameOrderOnEveryRun() {
        TestProject project = new TestProject(dir);
        for (int i = 0; i < 3; i++) {
            project.write(RACY.replace("Racy", "Racy" + i));
        }

        List<Finding> first = project.analyze().findings();
        List<Finding> second = project.analyze().findings();

        assertThat(first).hasSize(3).isEqualTo(second);
        List<String> uris = new ArrayList<>(first.stream().map(f -> f.location().uri()).toList());
        assertThat(uris).isSorted();
    }

    @Test
    void shouldReportARuleThatThrowsAsAProblemAndKeepGoing() throws Exception {
        TestProject project = new TestProject(dir);
        project.write(RACY);
        io.github.maprace.plugin.rules.Rule broken = new io.github.maprace.plugin.rules.Rule() {
            @Override
            public io.github.maprace.plugin.model.RuleInfo info() {
                return new io.github.maprace.plugin.model.RuleInfo("BROKEN", "t",
                        io.github.maprace.plugin.model.Severity.NOTE, "r", "f");
            }

            @Override
            public Class<? extends spoon.reflect.declaration.CtElement> target() {
                return spoon.reflect.code.CtInvocation.class;
            }

            @Override
            public void inspect(spoon.reflect.declaration.CtElement element,
                                io.github.maprace.plugin.rules.FindingSink sink) {
                throw new IllegalStateException("boom");
            }
        };
        List<io.github.maprace.plugin.rules.Rule> rules =
                List.of(broken, new io.github.maprace.plugin.rules.CheckThenActRule());

        StaticResult result = new StaticAnalyzer(rules)
                .analyze(dir, List.of(dir.resolve("src/main/java")), List.of(), Set.of());

        assertThat(result.problems()).singleElement().asString().contains("BROKEN", "src/main/java/demo/Racy.java");
        assertThat(result.findings()).hasSize(1);
        assertThat(Files.exists(dir.resolve("src/main/java/demo/Racy.java"))).isTrue();
    }

    @Test
    void shouldTurnRelatedElementsIntoLocationsWithTheirMessagesOnceEach() {
        TestProject project = new TestProject(dir);
        project.write(RACY);
        // reports at the put, with its if statement twice and the map field
        io.github.maprace.plugin.rules.Rule rule = new io.github.maprace.plugin.rules.Rule() {
            @Override
            public io.github.maprace.plugin.model.RuleInfo info() {
                return new io.github.maprace.plugin.model.RuleInfo("WITH_RELATED", "t",
                        io.github.maprace.plugin.model.Severity.NOTE, "r", "f");
            }

            @Override
            public Class<? extends spoon.reflect.declaration.CtElement> target() {
                return spoon.reflect.code.CtInvocation.class;
            }

            @Override
            public void inspect(spoon.reflect.declaration.CtElement element,
                                io.github.maprace.plugin.rules.FindingSink sink) {
                spoon.reflect.code.CtInvocation<?> call = (spoon.reflect.code.CtInvocation<?>) element;
                if (call.getExecutable().getSimpleName().equals("put")) {
                    spoon.reflect.code.CtIf check = call.getParent(spoon.reflect.code.CtIf.class);
                    sink.report(call, "m", "f", List.of(
                            new io.github.maprace.plugin.rules.Related(check, "the <check>"),
                            new io.github.maprace.plugin.rules.Related(check, "the <check>"),
                            new io.github.maprace.plugin.rules.Related(
                                    call.getParent(spoon.reflect.declaration.CtType.class).getField("map"), "the field")));
                }
            }
        };

        StaticResult result = new StaticAnalyzer(List.of(rule))
                .analyze(dir, List.of(dir.resolve("src/main/java")), List.of(), Set.of());

        Finding finding = result.findings().get(0);
        assertThat(finding.location().line()).isEqualTo(7);
        assertThat(finding.related()).containsExactly(
                new io.github.maprace.plugin.model.Location("src/main/java/demo/Racy.java", 6, "the <check>"),
                new io.github.maprace.plugin.model.Location("src/main/java/demo/Racy.java", 4, "the field"));
    }
}
