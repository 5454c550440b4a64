package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.analysis.StaticAnalyzer;
import io.github.maprace.plugin.analysis.StaticResult;
import io.github.maprace.plugin.analysis.TestProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NonAtomicUpdateRuleTest {

    private static final String ID = NonAtomicUpdateRule.ID;

    @TempDir
    Path dir;

    @Test
    void shouldFlagReadModifyWriteCountersAtTheMarkedLines() {
        String source = TestProject.resource("rules/non_atomic_update/BadCounters.java");

        StaticResult result = analyze(source);

        assertThat(TestProject.lines(result, ID, "src/main/java/com/acme/metrics/BadCounters.java"))
                .isEqualTo(TestProject.expectedLines(source, ID));
        assertThat(result.findings().get(0).fix()).contains("hits.merge(page, 1, Integer::sum)");
    }

    @Test
    void shouldFlagReadModifyWriteOnSynchronizedAndConcurrentMapsAtTheMarkedLines() {
        for (String name : List.of("BadInventory", "BadRateTracker")) {
            String source = TestProject.resource("rules/non_atomic_update/" + name + ".java");

            StaticResult result = analyze(source);

            assertThat(TestProject.lines(result, ID, "src/main/java/com/acme/metrics/" + name + ".java"))
                    .as(name).isEqualTo(TestProject.expectedLines(source, ID));
        }
    }

    @Test
    void shouldNotFlagComputeMergeOrLockedUpdatesOfTheSameMaps() {
        for (String name : List.of("GoodInventory", "GoodRateTracker")) {
            String source = TestProject.resource("rules/non_atomic_update/" + name + ".java");

            assertThat(analyze(source).findings()).as(name).isEmpty();
        }
    }

    @Test
    void shouldNotFlagMergeLockedPlainOrDifferentKeyUpdates() {
        String source = TestProject.resource("rules/non_atomic_update/GoodCounters.java");

        assertThat(analyze(source).findings()).isEmpty();
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

        assertThat(analyze(source).findings()).isEmpty();
    }

    private StaticResult analyze(String source) {
        TestProject project = new TestProject(dir);
        project.write(source);
        return new StaticAnalyzer(List.of(new NonAtomicUpdateRule()))
                .analyze(dir, List.of(dir.resolve("src/main/java")), List.of(), Set.of());
    }
}
