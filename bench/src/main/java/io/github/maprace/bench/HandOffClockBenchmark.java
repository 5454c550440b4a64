package io.github.maprace.bench;

import io.github.maprace.agent.runtime.MapHooks;
import io.github.maprace.agent.runtime.SyncHooks;
import io.github.maprace.agent.runtime.ThreadHooks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashMap;
import java.util.concurrent.TimeUnit;

/**
 * A hand-off between two threads after {@code priorThreads} threads were started and joined: one
 * thread writes its own map and releases into a shared clock, the other acquires that clock. Each
 * acquire joins a clock *another* thread released, so before thread slots were reused its cost grew
 * with every thread the JVM had ever started (the clocks were that wide); with the slots of joined
 * threads reused it must not depend on {@code priorThreads}.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HandOffClockBenchmark {
    /** Threads started and joined (through the hooks) before the measurement. */
    @Param({"0", "10000"})
    public int priorThreads;

    private final Object hub = new Object();

    /** Starts and joins the prior threads from the group's setup thread, each releasing on the hub. */
    @Setup
    public void setUp() throws InterruptedException {
        for (int i = 0; i < priorThreads; i++) {
            Thread t = new Thread(() -> SyncHooks.release(hub));
            ThreadHooks.beforeStart(t);
            t.start();
            t.join();
            ThreadHooks.afterJoin(t);
            SyncHooks.acquire(hub);
        }
    }

    /** The releasing side's own map: a write between releases, so every release publishes something. */
    @State(Scope.Thread)
    public static class Own {
        final HashMap<String, Integer> map = new HashMap<>();

        @Setup
        public void allocate() {
            MapHooks.allocated(map, BenchSites.ALLOC);
        }
    }

    /** Writes its own map, then releases into the hub. */
    @Benchmark
    @Group("handOff")
    @GroupThreads(1)
    public void release(Own own) {
        MapHooks.keyed(own.map, "k", BenchSites.PUT);
        own.map.put("k", 1);
        SyncHooks.release(hub);
    }

    /** Acquires what the other thread released. */
    @Benchmark
    @Group("handOff")
    @GroupThreads(1)
    public void acquire() {
        SyncHooks.acquire(hub);
    }
}
