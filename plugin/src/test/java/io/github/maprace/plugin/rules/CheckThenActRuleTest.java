package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.tuple;

import io.github.maprace.plugin.model.Location;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.baseline.Fingerprint;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckThenActRuleTest extends RuleTestBase {

    CheckThenActRuleTest() {
        super(new CheckThenActRule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadContainsKeyThenPut.java",
            "BadGetNullThenPut.java",
            "BadLocalThenPut.java",
            "BadSynchronizedMapWrongLock.java",
            "BadContainsKeyThenRemove.java",
            "BadLocalConcurrentSkipListMap.java",
            "BadWorkBetweenCheckAndAct.java",
            "BadLocalConcurrentMapSharedWithTasks.java",
            "BadTwoChecksOneAct.java"})
    void shouldFlagCheckThenActAtTheMarkedLines(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodComputeIfAbsent.java",
            "GoodPlainHashMap.java",
            "GoodSynchronizedOnMap.java",
            "GoodAtomicCalls.java",
            "GoodLocalConcurrentMapNeverShared.java"})
    void shouldNotFlagAtomicLockedOrUnsharedCode(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldNameTheMapTheKeyAndTheAtomicReplacement() {
        Finding finding = onlyFinding(input("BadContainsKeyThenPut.java"));

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("cache.containsKey(key) is checked", "cache.put(key, ...)", "line 12",
                "another thread");
        assertThat(finding.location().line()).as("the act, which the fix replaces").isEqualTo(12);
        assertThat(finding.related()).extracting(Location::line, Location::description)
                .containsExactly(tuple(11, "the check: cache.containsKey(key)"));
        assertThat(finding.fix()).contains("cache.computeIfAbsent(key, k -> load(key))",
                "cache.putIfAbsent(key, load(key))");
        assertThat(finding.location().uri()).isEqualTo("src/main/java/com/acme/cache/BadContainsKeyThenPut.java");
    }

    @Test
    void shouldStillMatchABaselineWrittenWhenTheFindingSatOnTheCheck() {
        Finding finding = onlyFinding(input("BadContainsKeyThenPut.java"));
        Finding before = Finding.ofStatic(ruleId(), Severity.WARNING, "cache.containsKey(key) is checked, then "
                        + "cache.put(key, ...) acts on its answer at line 12: on the concurrent map 'cache' another thread "
                        + "can put or remove the key 'key' between the check and the act, so an update is lost. Each "
                        + "call is atomic, the pair is not.", "", Location.of(finding.location().uri(), 11));

        assertThat(Fingerprint.of(finding)).isEqualTo(Fingerprint.of(before));
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

        assertThat(onlyFinding(source).fix()).contains("byName.computeIfAbsent(name, k -> build(name))");
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

        Finding finding = onlyFinding(source);
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

        assertThat(onlyFinding(source).fix()).contains("prices.replace(sku, price)");
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
}
