package io.github.maprace.plugin.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A manual throughput harness for the static pass, not a unit test (the JMH module {@code bench/}
 * does not depend on the plugin). Runs the whole pass (model build, one walk, every rule) over
 * source roots {@code warmup + rounds} times and prints lines per second for each measured round.
 * For the time each rule takes, use {@link LibraryReview}.
 *
 * <pre>
 * java -Xmx2g -cp plugin/target/test-classes:plugin/target/classes:$(cat cp.txt) \
 *     io.github.maprace.plugin.analysis.StaticPassThroughput /tmp/libs/guava
 * </pre>
 * {@code -Dthroughput.warmup=1 -Dthroughput.rounds=3} by default.
 */
public final class StaticPassThroughput {

    private StaticPassThroughput() {
    }

    /** Args: source roots; the first is also the base directory. */
    public static void main(String[] args) {
        int warmup = Integer.getInteger("throughput.warmup", 1);
        int rounds = Integer.getInteger("throughput.rounds", 3);
        List<Path> roots = new ArrayList<>();
        for (String arg : args) {
            roots.add(Path.of(arg));
        }
        for (int i = 0; i < warmup + rounds; i++) {
            long start = System.nanoTime();
            StaticResult result = new StaticAnalyzer().analyze(roots.get(0), roots, List.of(), Set.of());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s files=%d lines=%d seconds=%.2f lines/s=%.0f findings=%d problems=%d%n",
                    i < warmup ? "warmup" : "round", result.filesAnalysed(), result.linesAnalysed(), seconds,
                    result.linesAnalysed() / seconds, result.findings().size(), result.problems().size());
        }
    }
}
