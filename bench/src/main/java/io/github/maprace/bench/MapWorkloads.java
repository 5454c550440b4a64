package io.github.maprace.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Whole workloads of the kind the performance targets name, timed from outside in one JVM: run it
 * plain and under the agent ({@code -javaagent:maprace-agent.jar=output=...}) in the same session
 * and divide. Each workload runs rounds of fresh threads (as a test suite does); the first rounds
 * warm up, the median of the rest is printed in nanoseconds per map operation.
 *
 * <p>Usage: {@code java -cp bench.jar io.github.maprace.bench.MapWorkloads [rounds [name-filter]]}: with a
 * filter, only the workloads whose name contains it run (for a profiler).
 */
public final class MapWorkloads {
    private static final int OPS = 2_000_000;
    private static final int KEYS = 1_000;

    private MapWorkloads() {
    }

    interface Body {
        void run(int thread, int ops);
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        filter = args.length > 1 ? args[1] : "";
        String[] keys = new String[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = "k" + i;
        }
        Object monitor = new Object();
        Map<String, Integer> guarded = new HashMap<>();
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        Map<String, Integer> rwMap = new HashMap<>();
        ConcurrentHashMap<String, Integer> counters = new ConcurrentHashMap<>();
        long sink = 0;

        report("confined HashMap get/put, 4 threads", rounds, 4, (t, ops) -> {
            Map<String, Integer> own = new HashMap<>();
            int s = 0;
            for (int i = 0; i < ops; i++) {
                String k = keys[i % KEYS];
                Integer v = own.get(k);
                if (v == null) {
                    own.put(k, i);
                } else {
                    s += v;
                }
            }
            blackhole(s);
        });
        for (int threads : new int[] {1, 4}) {
            report("synchronized get-or-put, " + threads + " thread(s)", rounds, threads, (t, ops) -> {
                for (int i = 0; i < ops; i++) {
                    String k = keys[(i * 7 + t) % KEYS];
                    synchronized (monitor) {
                        Integer v = guarded.get(k);
                        if (v == null) {
                            guarded.put(k, 1);
                        }
                    }
                }
            });
        }
        report("ReentrantReadWriteLock, 1% writes, 4 threads", rounds, 4, (t, ops) -> {
            int s = 0;
            for (int i = 0; i < ops; i++) {
                String k = keys[(i * 13 + t) % KEYS];
                if (i % 100 == 0) {
                    rw.writeLock().lock();
                    try {
                        rwMap.put(k, i);
                    } finally {
                        rw.writeLock().unlock();
                    }
                } else {
                    rw.readLock().lock();
                    try {
                        Integer v = rwMap.get(k);
                        s += v == null ? 0 : 1;
                    } finally {
                        rw.readLock().unlock();
                    }
                }
            }
            blackhole(s);
        });
        report("ConcurrentHashMap merge + getOrDefault, 4 threads", rounds, 4, (t, ops) -> {
            int s = 0;
            for (int i = 0; i < ops; i += 2) {
                String k = keys[(i * 3 + t) % KEYS];
                counters.merge(k, 1, Integer::sum);
                s += counters.getOrDefault(keys[(i + 1) % KEYS], 0);
            }
            blackhole(s);
        });
        System.out.println("sink " + sink + SINK);
    }

    private static volatile long SINK;
    private static String filter = "";

    private static void blackhole(long v) {
        if (v == 42) {
            SINK++;
        }
    }

    private static void report(String name, int rounds, int threads, Body body) throws InterruptedException {
        if (!name.contains(filter)) {
            return;
        }
        long[] times = new long[rounds];
        int opsPerThread = OPS / threads;
        for (int r = 0; r < rounds; r++) {
            Thread[] ts = new Thread[threads];
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int id = t;
                ts[t] = new Thread(() -> body.run(id, opsPerThread));
                ts[t].start();
            }
            for (Thread t : ts) {
                t.join();
            }
            times[r] = System.nanoTime() - start;
            if (Boolean.getBoolean("maprace.bench.rounds")) {
                System.out.printf("  round %d: %.1f ns/op%n", r, times[r] / (double) OPS);
            }
        }
        int warm = rounds / 3;
        long[] measured = java.util.Arrays.copyOfRange(times, warm, rounds);
        java.util.Arrays.sort(measured);
        double perOp = measured[measured.length / 2] / (double) OPS;
        System.out.printf("%-52s %8.1f ns/op%n", name, perOp);
    }
}
