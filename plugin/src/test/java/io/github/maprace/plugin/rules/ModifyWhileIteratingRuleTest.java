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

class ModifyWhileIteratingRuleTest {

    private static final String ID = ModifyWhileIteratingRule.ID;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadRemoveInForEach.java",
            "BadAddWhileIterating.java",
            "BadCallbackAndIterator.java"})
    void shouldFlagStructuralChangesInsideIterationAtTheMarkedLines(String input) {
        String source = TestProject.resource("rules/modify_while_iterating/" + input);
        List<Integer> expected = TestProject.expectedLines(source, ID);
        assertThat(expected).as("the input marks at least one line").isNotEmpty();

        assertThat(linesFlaggedIn(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodIteratorRemoveAndRemoveIf.java",
            "GoodSameKeyAndEarlyExit.java",
            "GoodCopyOtherMapOrConcurrent.java"})
    void shouldNotFlagIteratorRemovalSameKeyUpdatesCopiesOrConcurrentMaps(String input) {
        String source = TestProject.resource("rules/modify_while_iterating/" + input);

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldNameTheMapTheLoopAndSuggestRemoveIfWithTheLoopsCondition() {
        Finding finding = only("""
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
        Finding finding = only("""
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
        Finding finding = only("""
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
        Finding finding = only("""
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
        return new StaticAnalyzer(List.of(new ModifyWhileIteratingRule()))
                .analyze(project.baseDir(), List.of(project.baseDir().resolve("src/main/java")), List.of(), Set.of());
    }
}
