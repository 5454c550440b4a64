package io.github.maprace.bench;

import io.github.maprace.agent.runtime.MapHooks;
import io.github.maprace.agent.runtime.MonitorHooks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code HashMap} guarded by one monitor, get-or-put (the "synchronized" workload): the
 * baseline against exactly what the rewriter emits around it: the acquire hook after
 * {@code monitorenter}, {@code MapHooks.keyed} before and {@code MapHooks.after} behind each map
 * call (the receiver is typed {@code Map}), the release hook before {@code monitorexit}. Every
 * critical section starts a new epoch of the thread, so the map access takes the engine's
 * recording path, not the same-epoch one: the cost a synchronized section really has.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SynchronizedMapBenchmark {
    private static final int KEYS = 1_000;

    private final Object lock = new Object();
    private final String[] keys = new String[KEYS];
    private Map<String, Integer> map;

    /** Per-thread key cursor. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        String key(String[] keys) {
            next = (next + 7) % KEYS;
            return keys[next];
        }
    }

    @Setup
    public void setUp() {
        map = new HashMap<>();
        MapHooks.allocated(map, BenchSites.ALLOC);
        for (int i = 0; i < KEYS; i++) {
            keys[i] = "k" + i;
        }
    }

    private Integer plain(String k) {
        synchronized (lock) {
            Integer v = map.get(k);
            if (v == null) {
                map.put(k, 1);
            }
            return v;
        }
    }

    private Integer hooked(String k) {
        synchronized (lock) {
            MonitorHooks.monitorEnter(lock);
            try {
                MapHooks.keyed(map, k, BenchSites.GET);
                Integer v = map.get(k);
                MapHooks.after(map);
                if (v == null) {
                    MapHooks.keyed(map, k, BenchSites.PUT);
                    map.put(k, 1);
                    MapHooks.after(map);
                }
                return v;
            } finally {
                MonitorHooks.monitorExit(lock);
            }
        }
    }

    @Benchmark
    public Integer baseline1(Cursor c) {
        return plain(c.key(keys));
    }

    @Benchmark
    public Integer hooked1(Cursor c) {
        return hooked(c.key(keys));
    }

    @Benchmark
    @Threads(4)
    public Integer baseline4(Cursor c) {
        return plain(c.key(keys));
    }

    @Benchmark
    @Threads(4)
    public Integer hooked4(Cursor c) {
        return hooked(c.key(keys));
    }
}
