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

class CheckThenActRuleTest {

    private static final String ID = CheckThenActRule.ID;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadContainsKeyThenPut.java",
            "BadGetNullThenPut.java",
            "BadLocalThenPut.java",
            "BadSynchronizedMapWrongLock.java",
            "BadContainsKeyThenRemove.java",
            "BadLocalConcurrentSkipListMap.java"})
    void shouldFlagCheckThenActAtTheMarkedLines(String input) {
        String source = TestProject.resource("rules/check_then_act/" + input);
        List<Integer> expected = TestProject.expectedLines(source, ID);
        assertThat(expected).as("the input marks at least one line").isNotEmpty();

        assertThat(linesFlaggedIn(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodComputeIfAbsent.java",
            "GoodPlainHashMap.java",
            "GoodSynchronizedOnMap.java",
            "GoodAtomicCalls.java"})
    void shouldNotFlagAtomicLockedOrUnsharedCode(String input) {
        String source = TestProject.resource("rules/check_then_act/" + input);

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldNameTheMapTheKeyAndTheAtomicReplacement() {
        Finding finding = only(TestProject.resource("rules/check_then_act/BadContainsKeyThenPut.java"));

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("cache.containsKey(key)", "cache.put(key, ...)", "line 12",
                "another thread");
        assertThat(finding.fix()).contains("cache.computeIfAbsent(key, k -> load(key))",
                "cache.putIfAbsent(key, load(key))");
        assertThat(finding.location().uri()).isEqualTo("src/main/java/com/acme/cache/BadContainsKeyThenPut.java");
    }

    @Test
    void shouldSuggestTheValueTheLocalWasAssignedRatherThanTheLocal() {
        String source = """
                package demo;
                import java.util.concurrent.ConcurrentHashMap;
                class Registry {
                    private final ConcurrentHashMap<String, Object> byName = new ConcurrentHashMap<>();
                    Object lookup(String name) {
                        Object found = byName.get(name);
                        if (found == null) {
                            found = build(name);
                            byName.put(name, found);
                        }
                        return found;
                    }
                    Object build(String name) { return name; }
                }
                """;

        assertThat(only(source).fix()).contains("byName.computeIfAbsent(name, k -> build(name))");
    }

    @Test
    void shouldSuggestUnconditionalRemoveForContainsKeyThenRemove() {
        String source = """
                package demo;
                import java.util.concurrent.ConcurrentHashMap;
                class Jobs {
                    private final ConcurrentHashMap<Long, Runnable> jobs = new ConcurrentHashMap<>();
                    int cancelled;
                    void cancel(long id) {
                        if (jobs.containsKey(id)) { jobs.remove(id); cancelled++; }
                    }
                }
                """;

        Finding finding = only(source);
        assertThat(finding.location().line()).isEqualTo(7);
        assertThat(finding.fix()).contains("jobs.remove(id) unconditionally", "jobs.remove(id, expectedValue)");
    }

    @Test
    void shouldNotFlagAContainsKeyThatOnlySavesABareRemove() {
        // linearizable as a single remove(id) in every interleaving (Caffeine's discardRefresh)
        String source = """
                package demo;
                import java.util.concurrent.ConcurrentHashMap;
                class Jobs {
                    private final ConcurrentHashMap<Long, Runnable> jobs = new ConcurrentHashMap<>();
                    void cancel(long id) {
                        if (jobs.containsKey(id)) jobs.remove(id);
                    }
                }
                """;

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldSuggestReplaceWhenThePutRunsOnlyForAPresentKey() {
        String source = """
                package demo;
                import java.util.concurrent.ConcurrentHashMap;
                class Prices {
                    private final ConcurrentHashMap<String, Long> prices = new ConcurrentHashMap<>();
                    void update(String sku, long price) {
                        if (prices.containsKey(sku)) {
                            prices.put(sku, price);
                        }
                    }
                }
                """;

        assertThat(only(source).fix()).contains("prices.replace(sku, price)");
    }

    @Test
    void shouldNotFlagAMapParameterOfUnknownKind() {
        String source = """
                package demo;
                import java.util.Map;
                class Util {
                    static void addOnce(Map<String, String> map, String k) {
                        if (!map.containsKey(k)) map.put(k, k);
                    }
                }
                """;

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldNotFlagAnotherObjectsFieldOfTheSameName() {
        String source = """
                package demo;
                import java.util.concurrent.ConcurrentHashMap;
                class Node {
                    final ConcurrentHashMap<String, String> children = new ConcurrentHashMap<>();
                    void copyFrom(Node other, String k) {
                        if (!other.children.containsKey(k)) children.put(k, k);
                    }
                }
                """;

        assertThat(linesFlaggedIn(source)).isEmpty();
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
        assertThat(result.findings()).hasSize(1);
        return result.findings().get(0);
    }

    private StaticResult onlyThisRule(TestProject project) {
        return new StaticAnalyzer(List.of(new CheckThenActRule()))
                .analyze(project.baseDir(), List.of(project.baseDir().resolve("src/main/java")), List.of(), Set.of());
    }
}
