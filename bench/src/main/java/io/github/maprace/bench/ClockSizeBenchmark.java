package io.github.maprace.bench;

import io.github.maprace.agent.runtime.MapHooks;
import io.github.maprace.agent.runtime.SyncHooks;
import io.github.maprace.agent.runtime.ThreadHooks;
import io.github.maprace.agent.runtime.MonitorHooks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * A hooked {@code synchronized} block around one hooked {@code get}, after {@code priorThreads}
 * threads have come and gone. In a test suite every test that starts a pool adds threads, and the
 * main thread joins them (futures, {@code join}, {@code shutdown}), so every thread's vector clock
 * gets an entry per thread ever seen. Vector clocks are joined on every release and acquire, so
 * this measures how a sync operation's cost grows with the suite's thread count.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ClockSizeBenchmark {
    /** Threads that touched the detector before the measurement, all joined by this thread. */
    @Param({"0", "100", "1000", "4000"})
    public int priorThreads;

    private final Object lock = new Object();
    private final Object hub = new Object();
    private HashMap<String, Integer> map;

    /** Starts and joins the prior threads, each releasing on a hub this thread then acquires. */
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
        map = new HashMap<>();
        MapHooks.allocated(map, BenchSites.ALLOC);
        map.put("k", 1);
    }

    /** monitorEnter, a hooked get, monitorExit: one acquire and one release of this thread's clock. */
    @Benchmark
    public Integer lockedGet() {
        synchronized (lock) {
            MonitorHooks.monitorEnter(lock);
            try {
                MapHooks.keyed(map, "k", BenchSites.GET);
                return map.get("k");
            } finally {
                MonitorHooks.monitorExit(lock);
            }
        }
    }
}
