package io.github.maprace.bench;

import io.github.maprace.agent.runtime.MapHooks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashMap;
import java.util.concurrent.TimeUnit;

/**
 * The life of a short-lived map (a DTO, a request-scoped lookup): allocate, three puts, two gets,
 * drop it. Hooked, each map gets a shadow in the weak table at allocation and a cache miss at the
 * first access; the shadows die with the maps, so the cost includes the GC's weak-reference work.
 * {@link ShortLivedMaps} checks that memory stays bounded and reports bytes per shadow.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ShortLivedMapsBenchmark {
    private int next;

    /** Uninstrumented. */
    @Benchmark
    public int baseline() {
        int n = next++;
        HashMap<String, Integer> m = new HashMap<>();
        m.put("a", n);
        m.put("b", n + 1);
        m.put("c", n + 2);
        return m.get("a") + m.get("c");
    }

    /** With the allocation hook and a hook before every access. */
    @Benchmark
    public int hooked() {
        int n = next++;
        HashMap<String, Integer> m = new HashMap<>();
        MapHooks.allocated(m, BenchSites.ALLOC);
        MapHooks.keyed(m, "a", BenchSites.PUT);
        m.put("a", n);
        MapHooks.keyed(m, "b", BenchSites.PUT);
        m.put("b", n + 1);
        MapHooks.keyed(m, "c", BenchSites.PUT);
        m.put("c", n + 2);
        MapHooks.keyed(m, "a", BenchSites.GET);
        int a = m.get("a");
        MapHooks.keyed(m, "c", BenchSites.GET);
        return a + m.get("c");
    }

    /** Allocation hook only, then the accesses unhooked: what {@code allocated} alone costs. */
    @Benchmark
    public int allocatedOnly() {
        int n = next++;
        HashMap<String, Integer> m = new HashMap<>();
        MapHooks.allocated(m, BenchSites.ALLOC);
        m.put("a", n);
        m.put("b", n + 1);
        m.put("c", n + 2);
        return m.get("a") + m.get("c");
    }
}
