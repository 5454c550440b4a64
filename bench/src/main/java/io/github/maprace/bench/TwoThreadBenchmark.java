package io.github.maprace.bench;

import io.github.maprace.agent.runtime.MapHooks;
import io.github.maprace.agent.runtime.MonitorHooks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashMap;
import java.util.concurrent.TimeUnit;

/**
 * Two threads at once (one reader, one writer per group). {@code separate*}: each thread has its
 * own map, so only the shared detector structures (weak tables, site table) can interfere.
 * {@code locked*}: both threads use one map under one monitor, entered and exited through the
 * hooks the instrumenter puts around {@code synchronized}: every critical section acquires the
 * other thread's clock, so each access sees a new epoch and takes the engine's slow path.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TwoThreadBenchmark {
    private static final int SIZE = 16;
    private static final String[] KEYS = new String[SIZE];

    static {
        for (int i = 0; i < SIZE; i++) {
            KEYS[i] = "key-" + i;
        }
    }

    /** A map per thread. */
    @State(Scope.Thread)
    public static class Own {
        HashMap<String, Integer> map;
        int next;

        /** A 16-entry map registered as allocated. */
        @Setup
        public void setUp() {
            map = filled();
        }

        String key() {
            return KEYS[next++ & (SIZE - 1)];
        }
    }

    /** One map and its lock, shared by the threads of a group. */
    @State(Scope.Group)
    public static class Shared {
        final Object lock = new Object();
        HashMap<String, Integer> map;

        /** A 16-entry map registered as allocated. */
        @Setup
        public void setUp() {
            map = filled();
        }
    }

    static HashMap<String, Integer> filled() {
        HashMap<String, Integer> map = new HashMap<>();
        MapHooks.allocated(map, BenchSites.ALLOC);
        for (int i = 0; i < SIZE; i++) {
            map.put(KEYS[i], i);
        }
        return map;
    }

    /** Baseline: get on the thread's own map. */
    @Benchmark
    @Group("separateBaseline")
    @GroupThreads(1)
    public Integer separateBaselineGet(Own own) {
        return own.map.get(own.key());
    }

    /** Baseline: put on the thread's own map. */
    @Benchmark
    @Group("separateBaseline")
    @GroupThreads(1)
    public Integer separateBaselinePut(Own own) {
        return own.map.put(own.key(), 1);
    }

    /** Hooked get on the thread's own map. */
    @Benchmark
    @Group("separateHooked")
    @GroupThreads(1)
    public Integer separateHookedGet(Own own) {
        String k = own.key();
        MapHooks.keyed(own.map, k, BenchSites.GET);
        return own.map.get(k);
    }

    /** Hooked put on the thread's own map. */
    @Benchmark
    @Group("separateHooked")
    @GroupThreads(1)
    public Integer separateHookedPut(Own own) {
        String k = own.key();
        MapHooks.keyed(own.map, k, BenchSites.PUT);
        return own.map.put(k, 1);
    }

    /** Baseline: get on the shared map under the shared monitor. */
    @Benchmark
    @Group("lockedBaseline")
    @GroupThreads(1)
    public Integer lockedBaselineGet(Shared shared, Own own) {
        synchronized (shared.lock) {
            return shared.map.get(own.key());
        }
    }

    /** Baseline: put on the shared map under the shared monitor. */
    @Benchmark
    @Group("lockedBaseline")
    @GroupThreads(1)
    public Integer lockedBaselinePut(Shared shared, Own own) {
        synchronized (shared.lock) {
            return shared.map.put(own.key(), 1);
        }
    }

    /** Hooked get under the hooked monitor. */
    @Benchmark
    @Group("lockedHooked")
    @GroupThreads(1)
    public Integer lockedHookedGet(Shared shared, Own own) {
        Object lock = shared.lock;
        synchronized (lock) {
            MonitorHooks.monitorEnter(lock);
            try {
                String k = own.key();
                MapHooks.keyed(shared.map, k, BenchSites.GET);
                return shared.map.get(k);
            } finally {
                MonitorHooks.monitorExit(lock);
            }
        }
    }

    /** Hooked put under the hooked monitor. */
    @Benchmark
    @Group("lockedHooked")
    @GroupThreads(1)
    public Integer lockedHookedPut(Shared shared, Own own) {
        Object lock = shared.lock;
        synchronized (lock) {
            MonitorHooks.monitorEnter(lock);
            try {
                String k = own.key();
                MapHooks.keyed(shared.map, k, BenchSites.PUT);
                return shared.map.put(k, 1);
            } finally {
                MonitorHooks.monitorExit(lock);
            }
        }
    }
}
