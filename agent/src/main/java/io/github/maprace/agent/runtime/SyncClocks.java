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
        WeakIdentityTable.Entry<SyncClock> e = ts.recentSyncs.find(sync);
        if (e == null) {
            e = TABLE.entry(sync);
            if (e == null) {
                return; // never released: nothing to learn
            }
            ts.recentSyncs.add(e);
        }
        e.value().acquire(ts);
    }

    /** An acquire by the new holder of lock or monitor {@code sync} ({@link SyncClock#acquireExclusive}). */
    static void acquireExclusive(ThreadState ts, Object sync) {
        WeakIdentityTable.Entry<SyncClock> e = ts.recentSyncs.find(sync);
        if (e == null) {
            e = TABLE.entry(sync);
            if (e == null) {
                return; // never released: nothing to learn, and no tick of this thread to take back
            }
            ts.recentSyncs.add(e);
        }
        e.value().acquireExclusive(ts);
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
