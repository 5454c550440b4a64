package io.github.maprace.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Cost independent of history: a critical section two threads take turns on, an executor
 * hand-off and a future's completion, after {@code priorThreads} threads were started and joined,
 * every one of them writing the same map under the same lock (so that lock's clock saw them all).
 * Plain code: run it with the agent attached (as {@code bench/workloads.sh} does), which then
 * instruments it; the scores must not depend on {@code priorThreads}.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HistoryBenchmark {
    /** Threads started and joined before the measurement, each writing {@link #shared} under {@link #lock}. */
    @Param({"10", "10000"})
    public int priorThreads;

    final Object lock = new Object();
    final Map<Integer, Integer> shared = new HashMap<>();
    ExecutorService pool;
    int turn;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        for (int i = 0; i < priorThreads; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                synchronized (lock) {
                    shared.put(id & 1023, id);
                }
            });
            t.start();
            t.join();
        }
        pool = Executors.newSingleThreadExecutor();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    private Integer section(int key) {
        synchronized (lock) {
            turn++;
            return shared.put(key, turn);
        }
    }

    /** Two threads take turns on the lock: each acquire joins a clock the other released. */
    @Benchmark
    @Group("lock")
    @GroupThreads(2)
    public Integer lockedPut() {
        return section(turn & 1023);
    }

    /** A task handed to a pool thread and its future waited for. */
    @Benchmark
    @Group("executor")
    public Integer executorHandOff() throws ExecutionException, InterruptedException {
        return pool.submit(() -> section(7)).get();
    }

    /** A future completed by a pool thread and joined. */
    @Benchmark
    @Group("future")
    public Integer futureCompletion() {
        return CompletableFuture.supplyAsync(() -> section(9), pool).join();
    }
}
