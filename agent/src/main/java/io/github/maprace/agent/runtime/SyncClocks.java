package io.github.maprace.agent.runtime;

/**
 * The clocks of sync objects (monitors, locks, latches, queues, atomics, futures, ...), keyed by
 * the object's identity and held weakly.
 */
final class SyncClocks {
    private static final WeakIdentityTable<SyncClock> TABLE = new WeakIdentityTable<>();
    private static final WeakIdentityTable.Factory<SyncClock> NEW_CLOCK = key -> new SyncClock();

    private SyncClocks() {
    }

    /** The clock of {@code sync}, created on first use. */
    static SyncClock of(Object sync) {
        return TABLE.entryOrCreate(sync, NEW_CLOCK).value();
    }

    static void acquire(ThreadState ts, Object sync) {
        SyncClock c = released(ts, sync);
        if (c != null) {
            c.acquire(ts);
        }
    }

    /** An acquire by the new holder of lock or monitor {@code sync} ({@link SyncClock#acquireExclusive}). */
    static void acquireExclusive(ThreadState ts, Object sync) {
        SyncClock c = released(ts, sync);
        if (c != null) {
            c.acquireExclusive(ts);
        }
    }

    /** The clock of {@code sync}, or null when nothing was ever released into it (nothing to learn). */
    private static SyncClock released(ThreadState ts, Object sync) {
        WeakIdentityTable.Entry<SyncClock> e = ts.recentSyncs.find(sync);
        if (e == null) {
            e = TABLE.entry(sync);
            if (e == null) {
                return null;
            }
            ts.recentSyncs.add(e);
        }
        return e.value();
    }

    static void release(ThreadState ts, Object sync) {
        WeakIdentityTable.Entry<SyncClock> e = ts.recentSyncs.find(sync);
        if (e == null) {
            e = TABLE.entryOrCreate(sync, NEW_CLOCK);
            ts.recentSyncs.add(e);
        }
        e.value().release(ts);
    }

    /** From now on {@code sync} carries {@code clock} (e.g. a future carries its task's clock). */
    static void alias(Object sync, SyncClock clock) {
        TABLE.put(sync, clock); // clears the replaced entry, so no thread's recent entries can find it
    }

    /** The most sync objects with a clock at once (an upper bound), for the memory report. */
    static int peak() {
        return TABLE.peakSize();
    }
}
