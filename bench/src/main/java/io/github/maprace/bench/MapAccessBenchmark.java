package io.github.maprace.bench;

import io.github.maprace.agent.runtime.MapHooks;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One thread, one 16-entry map: the cost of the hooks an instrumented call site runs, against the
 * same map call without them. Every {@code hooked*} method runs exactly what the call-site
 * rewriter emits around the call: {@code MapHooks.keyed} before it, and {@code MapHooks.after}
 * when the static receiver type may be a concurrent map (a call through {@code Map} does, a call
 * through {@code HashMap} does not).
 *
 * <p>The map's shadow stays in the thread's one-entry cache and the thread's epoch never changes,
 * so reads and writes take the engine's "same thread, same epoch" fast path; {@code getThenPut}
 * alternates a read and a write in one epoch (the counter pattern {@code m.put(k, m.get(k) + 1)}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MapAccessBenchmark {
    private static final int SIZE = 16;

    private final String[] keys = new String[SIZE];
    private final Integer value = 42;
    private HashMap<String, Integer> hashMap;
    private Map<String, Integer> asMap;
    private ConcurrentHashMap<String, Integer> concurrentMap;
    private int next;

    /** Fills the maps; the HashMap is registered as allocated at an instrumented site. */
    @Setup
    public void setUp() {
        hashMap = new HashMap<>();
        MapHooks.allocated(hashMap, BenchSites.ALLOC);
        concurrentMap = new ConcurrentHashMap<>();
        for (int i = 0; i < SIZE; i++) {
            keys[i] = "key-" + i;
            hashMap.put(keys[i], i);
            concurrentMap.put(keys[i], i);
        }
        asMap = hashMap;
    }

    private String key() {
        return keys[next++ & (SIZE - 1)];
    }

    /** Uninstrumented {@code HashMap.get} hit: the baseline every ratio is taken against. */
    @Benchmark
    public Integer baselineGet() {
        return hashMap.get(key());
    }

    /** {@code HashMap.get} with a registered read site, receiver typed {@code HashMap}. */
    @Benchmark
    public Integer hookedGet() {
        String k = key();
        MapHooks.keyed(hashMap, k, BenchSites.GET);
        return hashMap.get(k);
    }

    /** {@code Map.get} on a HashMap, receiver typed {@code Map}: keyed + after, the common shape. */
    @Benchmark
    public Integer hookedGetViaMap() {
        String k = key();
        Map<String, Integer> m = asMap;
        MapHooks.keyed(m, k, BenchSites.GET);
        Integer v = m.get(k);
        MapHooks.after(m);
        return v;
    }

    /** Uninstrumented {@code put} of an existing key. */
    @Benchmark
    public Integer baselinePut() {
        return hashMap.put(key(), value);
    }

    /** {@code put} of an existing key with a registered write site. */
    @Benchmark
    public Integer hookedPut() {
        String k = key();
        MapHooks.keyed(hashMap, k, BenchSites.PUT);
        return hashMap.put(k, value);
    }

    /** Uninstrumented read-modify-write: {@code put(k, get(k) + 1)}. */
    @Benchmark
    public Integer baselineGetThenPut() {
        String k = key();
        return hashMap.put(k, hashMap.get(k) + 1);
    }

    /** The same with both sites hooked: a read and a write alternate within one epoch. */
    @Benchmark
    public Integer hookedGetThenPut() {
        String k = key();
        MapHooks.keyed(hashMap, k, BenchSites.GET);
        Integer old = hashMap.get(k);
        MapHooks.keyed(hashMap, k, BenchSites.PUT);
        return hashMap.put(k, old + 1);
    }

    /** Uninstrumented {@code ConcurrentHashMap.get}. */
    @Benchmark
    public Integer baselineConcurrentGet() {
        return concurrentMap.get(key());
    }

    /** {@code ConcurrentHashMap.get}: not tracked for races, but a sync object and a check for atomicity. */
    @Benchmark
    public Integer hookedConcurrentGet() {
        String k = key();
        MapHooks.keyed(concurrentMap, k, BenchSites.CHM_GET);
        Integer v = concurrentMap.get(k);
        MapHooks.after(concurrentMap);
        return v;
    }

    /** Uninstrumented {@code ConcurrentHashMap.put} of an existing key. */
    @Benchmark
    public Integer baselineConcurrentPut() {
        return concurrentMap.put(key(), value);
    }

    /** {@code ConcurrentHashMap.put}: a release (and an atomicity act) before, an acquire after. */
    @Benchmark
    public Integer hookedConcurrentPut() {
        String k = key();
        MapHooks.keyed(concurrentMap, k, BenchSites.CHM_PUT);
        Integer v = concurrentMap.put(k, value);
        MapHooks.after(concurrentMap);
        return v;
    }
}
