package io.github.maprace.bench;

import io.github.maprace.agent.runtime.WeakIdentityTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What instrumenting the JDK's map classes themselves would cost the maps the detector does not
 * track (the JVM's, the libraries', the test framework's: nearly all of them): every
 * {@code HashMap.get} would first have to find out whether its map is tracked. The least such a
 * hook does is one thread-local read (to keep the detector from recursing into itself) and one
 * lookup that misses in the identity table of tracked maps. Measured against the plain call, on a
 * 16-entry map; the table holds 10,000 other maps, as in a suite.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class UntrackedMapBenchmark {
    private static final int SIZE = 16;
    private static final ThreadLocal<int[]> IN_HOOK = ThreadLocal.withInitial(() -> new int[1]);

    private final String[] keys = new String[SIZE];
    private final WeakIdentityTable<Object> tracked = new WeakIdentityTable<>();
    private final Object[] trackedMaps = new Object[10_000];
    private Map<String, Integer> map;
    private int next;

    @Setup
    public void setUp() {
        map = new HashMap<>();
        for (int i = 0; i < SIZE; i++) {
            keys[i] = "key-" + i;
            map.put(keys[i], i);
        }
        for (int i = 0; i < trackedMaps.length; i++) {
            trackedMaps[i] = new HashMap<>();
            tracked.put(trackedMaps[i], Boolean.TRUE);
        }
    }

    /** The call as the JVM makes it today. */
    @Benchmark
    public Integer plainGet() {
        return map.get(keys[next++ & (SIZE - 1)]);
    }

    /** The call behind a hook that asks whether the map is tracked (it is not). */
    @Benchmark
    public Integer getBehindTrackedCheck() {
        int[] depth = IN_HOOK.get();
        if (depth[0] == 0 && tracked.entry(map) != null) {
            return null;
        }
        return map.get(keys[next++ & (SIZE - 1)]);
    }
}
