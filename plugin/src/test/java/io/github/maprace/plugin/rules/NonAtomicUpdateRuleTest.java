package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NonAtomicUpdateRuleTest extends RuleTestBase {

    NonAtomicUpdateRuleTest() {
        super(new NonAtomicUpdateRule());
    }

    @Test
    void shouldFlagReadModifyWriteCountersAtTheMarkedLines() {
        assertFlagsTheMarkedLines("BadCounters.java");
        assertThat(analyze(input("BadCounters.java")).findings().get(0).fix())
                .contains("hits.merge(page, 1, Integer::sum)");
    }

    @Test
    void shouldFlagReadModifyWriteOnSynchronizedAndConcurrentMapsAtTheMarkedLines() {
        for (String name : List.of("BadInventory", "BadRateTracker")) {
            assertFlagsTheMarkedLines(name + ".java");
        }
    }

    @Test
    void shouldNotFlagComputeMergeOrLockedUpdatesOfTheSameMaps() {
        for (String name : List.of("GoodInventory", "GoodRateTracker")) {
            assertThat(analyze(input(name + ".java")).findings()).as(name).isEmpty();
        }
    }

    @Test
    void shouldNotFlagMergeLockedPlainOrDifferentKeyUpdates() {
        assertFlagsNothingIn(input("GoodCounters.java"));
    }

    @Test
    void shouldNotFlagALocalConcurrentMapThatNeverLeavesItsMethod() {
        assertFlagsNothingIn(input("GoodLocalConcurrentCounterNeverShared.java"));
    }

    @Test
    void shouldLeaveAGuardedReadToCheckThenAct() {
        String source = """
                package demo;
                import java.util.concurrent.ConcurrentHashMap;
                class Tally {
                    final ConcurrentHashMap<String, Integer> n = new ConcurrentHashMap<>();
                    void inc(String k) {
                        Integer c = n.get(k);
                        if (c == null) n.put(k, 1); else n.put(k, c + 1);
                    }
                }
                """;

        assertFlagsNothingIn(source);
    }
}
