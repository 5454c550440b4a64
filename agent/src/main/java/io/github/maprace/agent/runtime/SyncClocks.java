package io.github.maprace.agent.runtime;

/**
 * The clock each sync object carries (a monitor, for now): release joins the thread's clock into
 * it and advances the thread; acquire joins it into the thread's clock.
 */
final class SyncClocks {
    private static final WeakIdentityTable<VectorClock> TABLE = new WeakIdentityTable<>();
    private static final WeakIdentityTable.Factory<VectorClock> NEW_CLOCK = key -> new VectorClock();

    private SyncClocks() {
    }

    static void acquire(ThreadState ts, Object sync) {
        VectorClock l = TABLE.get(sync);
        if (l == null) {
            return;
        }
        synchronized (l) {
            ts.clock.join(l);
        }
        ts.refreshEpoch();
    }

    static void release(ThreadState ts, Object sync) {
        VectorClock l = TABLE.entryOrCreate(sync, NEW_CLOCK).value();
        synchronized (l) {
            l.join(ts.clock);
        }
        ts.tick();
    }
}
