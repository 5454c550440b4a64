package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.analysis.StaticAnalyzer;
import io.github.maprace.plugin.analysis.StaticResult;
import io.github.maprace.plugin.analysis.TestProject;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyncMapIterationRuleTest {

    private static final String ID = SyncMapIterationRule.ID;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadForEachWithoutLock.java",
            "BadStreamsCopiesAndIterators.java",
            "BadWrongLock.java"})
    void shouldFlagUnlockedTraversalsAtTheMarkedLines(String input) {
        String source = TestProject.resource("rules/sync_map_iteration/" + input);
        List<Integer> expected = TestProject.expectedLines(source, ID);
        assertThat(expected).as("the input marks at least one line").isNotEmpty();

        assertThat(linesFlaggedIn(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodSynchronizedOnTheMap.java",
            "GoodWrapperLockedCalls.java",
            "GoodNotASynchronizedWrapper.java"})
    void shouldNotFlagTraversalsUnderTheMapsLockOrCallsTheWrapperLocks(String input) {
        String source = TestProject.resource("rules/sync_map_iteration/" + input);

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldNameTheMapAndWrapTheLoopInTheMapsOwnLock() {
        Finding finding = only("""
                package demo;
                import java.util.*;
                class Registry {
                    private final Map<String, Integer> ids = Collections.synchronizedMap(new HashMap<>());
                    int total() {
                        int sum = 0;
                        for (int id : ids.values()) {
                            sum += id;
                        }
                        return sum;
                    }
                }
                """);

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location().line()).isEqualTo(7);
        assertThat(finding.message()).contains("(the for-each loop over ids.values())", "synchronized map 'ids'",
                "ConcurrentModificationException");
        assertThat(finding.fix()).contains("synchronized (ids) { for (int id : ids.values()) { ... } }",
                "ids.forEach((k, v) -> ...)");
    }

    @Test
    void shouldSayThatAnotherLockDoesNotProtectTheTraversal() {
        Finding finding = only("""
                package demo;
                import java.util.*;
                class Registry {
                    private final Map<String, Integer> ids = Collections.synchronizedMap(new HashMap<>());
                    synchronized List<String> names() {
                        return new ArrayList<>(new TreeSet<>(ids.keySet()));
                    }
                }
                """);

        assertThat(finding.message()).contains("new TreeSet<>(ids.keySet())", "only synchronized (ids)");
    }

    @Test
    void shouldFlagATraversalInALambdaEvenWhenTheLambdaIsCreatedUnderTheLock() {
        String source = """
                package demo;
                import java.util.*;
                import java.util.concurrent.Executor;
                class Reporter {
                    private final Map<String, Integer> ids = Collections.synchronizedMap(new HashMap<>());
                    void report(Executor executor) {
                        synchronized (ids) {
                            executor.execute(() -> {
                                for (String id : ids.keySet()) {
                                    System.out.println(id);
                                }
                            });
                        }
                    }
                }
                """;

        assertThat(linesFlaggedIn(source)).containsExactly(9);
    }

    private List<Integer> linesFlaggedIn(String source) {
        TestProject project = new TestProject(dir);
        String uri = project.write(source);
        StaticResult result = onlyThisRule(project);
        assertThat(result.problems()).isEmpty();
        return TestProject.lines(result, ID, uri);
    }

    private Finding only(String source) {
        TestProject project = new TestProject(dir);
        project.write(source);
        StaticResult result = onlyThisRule(project);
        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).hasSize(1);
        return result.findings().get(0);
    }

    private StaticResult onlyThisRule(TestProject project) {
        return new StaticAnalyzer(List.of(new SyncMapIterationRule()))
                .analyze(project.baseDir(), List.of(project.baseDir().resolve("src/main/java")), List.of(), Set.of());
    }
}
