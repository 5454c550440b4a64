package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModifyWhileIteratingRuleTest extends RuleTestBase {

    ModifyWhileIteratingRuleTest() {
        super(new ModifyWhileIteratingRule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadRemoveInForEach.java",
            "BadAddWhileIterating.java",
            "BadCallbackAndIterator.java"})
    void shouldFlagStructuralChangesInsideIterationAtTheMarkedLines(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodIteratorRemoveAndRemoveIf.java",
            "GoodSameKeyAndEarlyExit.java",
            "GoodCopyOtherMapOrConcurrent.java"})
    void shouldNotFlagIteratorRemovalSameKeyUpdatesCopiesOrConcurrentMaps(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldNameTheMapTheLoopAndSuggestRemoveIfWithTheLoopsCondition() {
        Finding finding = onlyFinding("""
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                class Sessions {
                    private final Map<String, Long> lastSeen = new HashMap<>();
                    void evict(long now, long ttl) {
                        for (String id : lastSeen.keySet()) {
                            if (now - lastSeen.get(id) > ttl) {
                                lastSeen.remove(id);
                            }
                        }
                    }
                }
                """);

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location().line()).isEqualTo(9);
        assertThat(finding.message()).contains("lastSeen.remove(id)", "the map 'lastSeen'",
                "for-each loop over lastSeen.keySet()", "line 7", "ConcurrentModificationException");
        assertThat(finding.fix()).contains("lastSeen.keySet().removeIf(id -> now - lastSeen.get(id) > ttl)");
    }

    @Test
    void shouldRewriteForEachParametersIntoTheEntryOfTheSuggestedRemoveIf() {
        Finding finding = onlyFinding("""
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                class Cache {
                    private final Map<String, Integer> hits = new HashMap<>();
                    void drop() {
                        hits.forEach((name, count) -> {
                            if (count == 0 && name.startsWith("tmp")) {
                                hits.remove(name);
                            }
                        });
                    }
                }
                """);

        assertThat(finding.message()).contains("hits.forEach(...)");
        assertThat(finding.fix()).contains(
                "hits.entrySet().removeIf(e -> e.getValue() == 0 && e.getKey().startsWith(\"tmp\"))");
    }

    @Test
    void shouldSuggestTheIteratorsOwnRemoveInsideAnIteratorLoop() {
        Finding finding = onlyFinding("""
                package demo;
                import java.util.Iterator;
                import java.util.Map;
                import java.util.TreeMap;
                class Queue {
                    private final TreeMap<Long, Runnable> byTime = new TreeMap<>();
                    void runDue(long now) {
                        Iterator<Long> due = byTime.keySet().iterator();
                        while (due.hasNext()) {
                            Long at = due.next();
                            if (at <= now) byTime.remove(at).run();
                        }
                    }
                }
                """);

        assertThat(finding.message()).contains("iterator 'due' of byTime.keySet()");
        assertThat(finding.fix()).contains("due.remove()");
    }

    @Test
    void shouldSuggestCollectingNewKeysForAPutOfAnotherKey() {
        Finding finding = onlyFinding("""
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                class Totals {
                    private final Map<String, Integer> counts = new HashMap<>();
                    void addTotals() {
                        for (Map.Entry<String, Integer> e : counts.entrySet()) {
                            counts.put(e.getKey() + ".total", e.getValue());
                        }
                    }
                }
                """);

        assertThat(finding.message()).contains("may add keys to the map 'counts'");
        assertThat(finding.fix()).contains("counts.putAll(pending)", "new ArrayList<>(counts.entrySet())");
    }

    @Test
    void shouldNotFlagAChangeMadeLaterByALambdaTheLoopOnlySchedules() {
        String source = """
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                import java.util.concurrent.Executor;
                class Later {
                    private final Map<String, Long> m = new HashMap<>();
                    void schedule(Executor executor) {
                        for (String k : m.keySet()) {
                            executor.execute(() -> m.remove(k));
                        }
                    }
                }
                """;

        assertThat(linesFlaggedIn(source)).isEmpty();
    }
}
