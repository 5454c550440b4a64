package io.github.maprace.agent.runtime;

/**
 * Per tracked map: FastTrack's shadow state for the map as one location (as Go treats a map),
 * plus the sites that go with the last write and the reads, and where the map was created.
 * Guarded by its own monitor; fields that the fast path peeks at are re-checked under it.
 */
final class MapShadow {
    /** Allocation site id, or -1 when the map was created outside instrumented code. */
    final int allocationSite;
    /** Runtime class of the map. */
    final String mapType;
    /** An access-ordered LinkedHashMap, whose {@code get} is a write. */
    final boolean accessOrdered;

    /** Epoch of the last write, or {@link Epoch#NONE}. */
    long write = Epoch.NONE;
    int writeSite = -1;

    /** Epoch of the last read while reads are ordered; ignored while {@link #readClocks} is set. */
    long read = Epoch.NONE;
    int readSite = -1;

    /** FastTrack's read vector, used once two reads were concurrent: clock per thread index. */
    int[] readClocks;
    int[] readSites;

    /**
     * The epoch in which any access is a no-op (that thread wrote, and read only itself, in that
     * epoch), or {@link Epoch#NONE}: the same-epoch write check is this one compare.
     */
    long quietWrite = Epoch.NONE;
    /** The epoch in which a read is a no-op (that thread already read or wrote in it), or NONE. */
    long quietRead = Epoch.NONE;

    /** {@link TestContext#number()} when the last write and the last single read were recorded. */
    int writeTest;
    int readTest;
    /** The last test in which {@link MapCoverage} saw this map exercised, -1 once seen shared, 0 before. */
    int coveredTest;

    MapShadow(int allocationSite, Object map) {
        this.allocationSite = allocationSite;
        this.mapType = map.getClass().getName();
        this.accessOrdered = AccessOrder.of(map);
    }

    void inflate(long first, int firstSite) {
        readClocks = new int[Math.max(8, Epoch.tid(first) + 1)];
        readSites = new int[readClocks.length];
        setRead(Epoch.tid(first), Epoch.clock(first), firstSite);
    }

    void setRead(int tid, int clock, int site) {
        if (tid >= readClocks.length) {
            int n = Math.max(tid + 1, readClocks.length * 2);
            readClocks = java.util.Arrays.copyOf(readClocks, n);
            readSites = java.util.Arrays.copyOf(readSites, n);
        }
        readClocks[tid] = clock;
        readSites[tid] = site;
    }
}
