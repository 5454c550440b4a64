package io.github.maprace.agent.runtime;

/** Finds the shadow of a tracked map: the thread's recent entries first, then the weak table. */
final class Shadows {
    private static final WeakIdentityTable<MapShadow> TABLE = new WeakIdentityTable<>();
    private static final WeakIdentityTable.Factory<MapShadow> UNKNOWN_ORIGIN =
            key -> new MapShadow(-1, key);

    private Shadows() {
    }

    static MapShadow of(ThreadState ts, Object map) {
        WeakIdentityTable.Entry<MapShadow> e = ts.lastShadow;
        if (e != null && e.refersTo(map)) {
            return e.value;
        }
        return miss(ts, map);
    }

    // kept apart so the JIT inlines the cache hit above
    private static MapShadow miss(ThreadState ts, Object map) {
        WeakIdentityTable.Entry<MapShadow> e = ts.recentShadows.find(map);
        if (e == null) {
            e = TABLE.entryOrCreate(map, UNKNOWN_ORIGIN);
            ts.recentShadows.add(e);
        }
        ts.lastShadow = e;
        return e.value;
    }

    static void allocated(ThreadState ts, Object map, int site) {
        // the creating thread nearly always touches the map next: prime its cache
        WeakIdentityTable.Entry<MapShadow> e = TABLE.putNew(map, new MapShadow(site, map));
        ts.recentShadows.add(e);
        ts.lastShadow = e;
    }

    /** The most shadows alive at once (an upper bound), for the memory report. */
    static int peak() {
        return TABLE.peakSize();
    }

    /** Number of shadows alive (for tests). */
    static int size() {
        return TABLE.size();
    }
}
