package io.github.maprace.agent.runtime;

/**
 * Map reads made between {@code StampedLock.tryOptimisticRead()} and {@code validate(stamp)}: held
 * back, since a program that validates discards what it read when validation fails; judged (as the
 * reads they were) when {@code validate} answers false, dropped when it answers true. At most
 * {@value #CAPACITY} reads per window are kept (the earliest ones); a window rarely has more.
 */
final class OptimisticReads {
    static final int CAPACITY = 8;

    private OptimisticReads() {
    }

    static void defer(ThreadState ts, MapShadow shadow, int site) {
        int n = ts.optimisticCount;
        if (n >= CAPACITY) {
            return;
        }
        if (ts.optimisticShadows == null) {
            ts.optimisticShadows = new MapShadow[CAPACITY];
            ts.optimisticSites = new int[CAPACITY];
        }
        ts.optimisticShadows[n] = shadow;
        ts.optimisticSites[n] = site;
        ts.optimisticCount = n + 1;
    }

    /** {@code validate} answered {@code valid}: judge the held-back reads when it failed; end the window. */
    static void validated(ThreadState ts, boolean valid) {
        int n = ts.optimisticCount;
        ts.optimisticCount = 0;
        ts.optimisticReads = 0;
        for (int i = 0; i < n; i++) {
            MapShadow shadow = ts.optimisticShadows[i];
            ts.optimisticShadows[i] = null;
            if (!valid && !Engine.quiet(ts, shadow, ts.optimisticSites[i])) {
                History.recordFirstRun(ts, ts.optimisticSites[i]);
                Engine.read(ts, shadow, ts.optimisticSites[i]);
            }
        }
    }

    /** A lock mode was taken: the window ends without a verdict (the reads were not used unchecked). */
    static void closed(ThreadState ts) {
        validated(ts, true);
    }
}
