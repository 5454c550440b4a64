package io.github.maprace.bench;

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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The performance targets' workloads as ordinary code: run it plain and with the agent attached
 * ({@code -jvmArgsAppend -javaagent:maprace-agent.jar=output=...}), which then instruments this
 * class as it instruments a user's tests, and divide ({@code bench/workloads.sh} does both and
 * prints the ratios and their geometric mean). One operation is one map call with whatever
 * synchronization the workload puts around it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class WorkloadBenchmark {
    static final int KEYS = 1_000;

    final String[] keys = new String[KEYS];
    final Object monitor = new Object();
    final Map<String, Integer> guarded = new HashMap<>();
    final ReentrantLock lock = new ReentrantLock();
    final Map<String, Integer> locked = new HashMap<>();
    final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    final Map<String, Integer> rwMap = new HashMap<>();
    final ConcurrentHashMap<String, Integer> counters = new ConcurrentHashMap<>();

    /** A thread's own maps and key cursor. */
    @State(Scope.Thread)
    public static class Own {
        final Map<String, Integer> hash = new HashMap<>();
        final Map<String, Integer> tree = new TreeMap<>();
        int next;
        int ops;

        String key(String[] keys) {
            next = (next + 7) % KEYS;
            return keys[next];
        }
    }

    @Setup
    public void setUp() {
        for (int i = 0; i < KEYS; i++) {
            keys[i] = "k" + i;
        }
    }

    /** One thread builds and queries its own HashMap and TreeMap. */
    @Benchmark
    @Threads(4)
    public Integer confined(Own own) {
        String k = own.key(keys);
        Map<String, Integer> m = (own.next & 1) == 0 ? own.hash : own.tree;
        Integer v = m.get(k);
        if (v == null) {
            m.put(k, 1);
        }
        return v;
    }

    private Integer synchronizedGetOrPut(Own own) {
        String k = own.key(keys);
        synchronized (monitor) {
            Integer v = guarded.get(k);
            if (v == null) {
                guarded.put(k, 1);
            }
            return v;
        }
    }

    /** One HashMap under one monitor, get-or-put, one thread. */
    @Benchmark
    public Integer synchronized1(Own own) {
        return synchronizedGetOrPut(own);
    }

    /** The same with four threads contending for the monitor. */
    @Benchmark
    @Threads(4)
    public Integer synchronized4(Own own) {
        return synchronizedGetOrPut(own);
    }

    /** A HashMap behind a ReentrantLock, get-or-put, four threads. */
    @Benchmark
    @Threads(4)
    public Integer reentrantLock(Own own) {
        String k = own.key(keys);
        lock.lock();
        try {
            Integer v = locked.get(k);
            if (v == null) {
                locked.put(k, 1);
            }
            return v;
        } finally {
            lock.unlock();
        }
    }

    /** A HashMap behind a ReentrantReadWriteLock, 1% writes, four threads. */
    @Benchmark
    @Threads(4)
    public Integer readWriteLock(Own own) {
        String k = own.key(keys);
        if (++own.ops % 100 == 0) {
            rw.writeLock().lock();
            try {
                return rwMap.put(k, own.ops);
            } finally {
                rw.writeLock().unlock();
            }
        }
        rw.readLock().lock();
        try {
            return rwMap.get(k);
        } finally {
            rw.readLock().unlock();
        }
    }

    /** ConcurrentHashMap counters: merge and getOrDefault alternating, four threads. */
    @Benchmark
    @Threads(4)
    public Integer concurrentCounters(Own own) {
        String k = own.key(keys);
        if ((own.next & 1) == 0) {
            return counters.merge(k, 1, Integer::sum);
        }
        return counters.getOrDefault(k, 0);
    }

    /** ConcurrentHashMap compute, four threads. */
    @Benchmark
    @Threads(4)
    public Integer concurrentCompute(Own own) {
        return counters.compute(own.key(keys), (key, v) -> v == null ? 1 : v + 1);
    }
}
