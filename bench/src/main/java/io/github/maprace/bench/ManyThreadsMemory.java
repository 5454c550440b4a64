package io.github.maprace.bench;

import io.github.maprace.agent.runtime.MapHooks;
import io.github.maprace.agent.runtime.MonitorHooks;
import io.github.maprace.agent.runtime.ThreadHooks;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * Memory check for suites that start many threads (commons-pool starts thousands), run as a plain
 * program: {@code java -cp bench/target/benchmarks.jar io.github.maprace.bench.ManyThreadsMemory
 * [threads]}. Each thread is started and joined through the detector's hooks and runs the same few
 * hooked map call sites under a few hooked monitors, as pool workers do; every 5,000 threads it
 * prints the used heap after a GC and what the detector says it keeps (distinct history stacks,
 * their estimated bytes). Both should level off: a detector whose history or per-thread state grows
 * with every thread ever started turns GC-sensitive tests into minutes of GC. (They do not yet:
 * vector clocks have one entry per thread ever seen, see the performance page.)
 */
public final class ManyThreadsMemory {
    /** Long-lived monitors, like a pool's idle objects and their locks: each keeps a vector clock. */
    private static final Object[] LOCKS = new Object[2_000];
    private static int next;
    private static final Map<String, Integer> SHARED = new HashMap<>();

    private ManyThreadsMemory() {
    }

    /** See the class comment; the optional argument is the number of threads (default 20,000). */
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
        MapHooks.allocated(SHARED, BenchSites.ALLOC);
        long base = ShortLivedMaps.usedAfterGc();
        System.out.printf("threads  used heap over start  history stacks  history bytes (estimate)%n");
        for (int started = 1; started <= threads; started++) {
            Thread t = new Thread(ManyThreadsMemory::work, "worker-" + started);
            ThreadHooks.beforeStart(t);
            t.start();
            t.join();
            ThreadHooks.afterJoin(t);
            if (started % 5_000 == 0) {
                System.out.printf("%7d  %17.1f MB  %14d  %13.1f MB%n", started, (ShortLivedMaps.usedAfterGc() - base) / 1e6,
                        (Integer) history("distinctStacks"), (Long) history("retainedBytes") / 1e6);
            }
        }
    }

    // runs on one worker at a time (the main thread joins each before starting the next)
    private static void work() {
        HashMap<String, Integer> own = new HashMap<>();
        MapHooks.allocated(own, BenchSites.ALLOC);
        for (int i = 0; i < 4; i++) {
            MapHooks.keyed(own, "k" + i, BenchSites.PUT);
            own.put("k" + i, i);
        }
        for (int i = 0; i < 4; i++) {
            Object lock = LOCKS[Math.floorMod(next++, LOCKS.length)];
            synchronized (lock) {
                MonitorHooks.monitorEnter(lock);
                MapHooks.keyed(SHARED, "n", BenchSites.PUT);
                SHARED.merge("n", 1, Integer::sum);
                MonitorHooks.monitorExit(lock);
            }
        }
    }

    private static Object history(String method) throws ReflectiveOperationException {
        Method m = Class.forName("io.github.maprace.agent.runtime.History").getDeclaredMethod(method);
        m.setAccessible(true);
        return m.invoke(null);
    }
}
