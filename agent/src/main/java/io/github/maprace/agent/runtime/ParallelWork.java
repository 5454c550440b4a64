package io.github.maprace.agent.runtime;

import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Happens-before for parallel streams, whose hand-offs to pool workers happen inside the JDK where
 * the agent does not look: while a parallel terminal operation runs, pool workers are ordered after
 * its start (so they see what the caller prepared) and the caller after their accesses (so it sees
 * what they produced). Workers stay unordered with each other, so their races are still found.
 */
final class ParallelWork {
    private static final SyncClock START = new SyncClock();
    private static final SyncClock DONE = new SyncClock();
    private static final AtomicInteger ACTIVE = new AtomicInteger();

    private ParallelWork() {
    }

    static boolean isWorker(Thread t) {
        return t instanceof ForkJoinWorkerThread;
    }

    static void start(ThreadState caller) {
        START.release(caller);
        ACTIVE.incrementAndGet();
    }

    static void end(ThreadState caller) {
        if (ACTIVE.get() > 0) {
            ACTIVE.decrementAndGet();
        }
        DONE.acquire(caller);
    }

    static boolean active() {
        return ACTIVE.get() > 0;
    }

    static void beforeWorkerAccess(ThreadState worker) {
        START.acquire(worker);
    }

    static void afterWorkerAccess(ThreadState worker) {
        DONE.release(worker);
    }
}
