package io.github.maprace.agent.runtime;

/**
 * The FastTrack happens-before checks for map accesses (Flanagan &amp; Freund, PLDI 2009), with a
 * whole map as one location. A read or write that no happens-before edge orders after the last
 * conflicting access is a race, handed to {@link RaceLog}.
 *
 * <p>The same-epoch cases, where the access can teach the shadow nothing, are precomputed into
 * {@link MapShadow#quietRead}/{@link MapShadow#quietWrite} whenever the shadow changes, so the
 * hot path ({@link #quiet}) is one long compare without the shadow's lock.
 */
final class Engine {
    private Engine() {
    }

    /** True when the access by {@code ts} at {@code site} is a same-epoch no-op on {@code s}. */
    static boolean quiet(ThreadState ts, MapShadow s, int site) {
        return ts.epoch == (Sites.isWrite(site) ? s.quietWrite : s.quietRead);
    }

    /**
     * Sets the epochs in which reads and writes are no-ops. On an access-ordered map a read site
     * may be a {@code get}, a write there, so reads are only as quiet as writes: the hot path then
     * needs no check of the map's order.
     */
    private static void quiet(MapShadow s, long read, long write) {
        s.quietWrite = write;
        s.quietRead = s.accessOrdered ? write : read;
    }

    static void read(ThreadState ts, MapShadow s, int site) {
        long e = ts.accessEpoch();
        if (s.quietRead == e || readInEpoch(ts, s, e)) {
            return;
        }
        VectorClock c = ts.clock;
        ts.recordedAccesses++;
        synchronized (s) {
            long w = s.write;
            if (w != Epoch.NONE && !c.covers(w)) {
                RaceLog.race(s, site, ts, s.writeSite, w);
            }
            int test = TestContext.number();
            if (w != Epoch.NONE && Epoch.tid(w) != ts.tid) {
                MapCoverage.twoThreads(s, site, s.writeSite, s.writeTest, test);
            }
            s.readTest = test;
            if (s.readClocks != null) {
                s.setRead(ts.tid, Epoch.clock(e), site);
                // other threads' reads stay in the vector: only this thread's reads are no-ops now
                quiet(s, e, Epoch.NONE);
                return;
            }
            long r = s.read;
            if (r == Epoch.NONE || c.covers(r)) {
                if (!(r == Epoch.NONE && w == e)) {
                    // a read right after the thread's own write is covered by that write for every
                    // later check: the write stays the only access on record
                    s.read = e;
                    s.readSite = site;
                }
                quiet(s, e, w == e ? e : Epoch.NONE);
            } else {
                s.inflate(r, s.readSite);
                s.setRead(ts.tid, Epoch.clock(e), site);
                quiet(s, e, Epoch.NONE);
            }
        }
    }

    /**
     * FastTrack's read-shared same-epoch case, without the shadow's lock: the read vector already
     * holds this thread's read in epoch {@code e}. {@link MapShadow#quietRead} names one reader
     * only, so without this, readers that take turns (under a read lock) would each take the
     * shadow's monitor on every read and serialize on it. Read racily, like the quiet epochs: a
     * stale vector can only hide a read that meets a write which already met this thread's read
     * in the same epoch, unordered, and was reported then.
     */
    private static boolean readInEpoch(ThreadState ts, MapShadow s, long e) {
        int[] rc = s.readClocks;
        return rc != null && ts.tid < rc.length && rc[ts.tid] == Epoch.clock(e);
    }

    /**
     * Judges an access without recording it: for accesses made while a class initializer runs,
     * which the JVM orders before every later use of the class (so none of them may become the
     * previous access of a report) but which can still race with what other threads did before.
     */
    static void check(ThreadState ts, MapShadow s, int site) {
        VectorClock c = ts.clock;
        synchronized (s) {
            long w = s.write;
            if (w != Epoch.NONE && Epoch.tid(w) != ts.tid && !c.covers(w)) {
                RaceLog.race(s, site, ts, s.writeSite, w);
                return;
            }
            if (!Sites.isWrite(site)) {
                return;
            }
            int[] rc = s.readClocks;
            if (rc != null) {
                for (int u = 0; u < rc.length; u++) {
                    if (rc[u] != 0 && u != ts.tid && rc[u] > c.get(u)) {
                        RaceLog.race(s, site, ts, s.readSites[u], Epoch.of(u, rc[u]));
                        return;
                    }
                }
            } else {
                long r = s.read;
                if (r != Epoch.NONE && Epoch.tid(r) != ts.tid && !c.covers(r)) {
                    RaceLog.race(s, site, ts, s.readSite, r);
                }
            }
        }
    }

    static void write(ThreadState ts, MapShadow s, int site) {
        long e = ts.accessEpoch();
        if (s.quietWrite == e) {
            return; // the thread's own write (and read) in this epoch: no race possible
        }
        VectorClock c = ts.clock;
        ts.recordedAccesses++;
        synchronized (s) {
            long w = s.write;
            if (w != Epoch.NONE && w != e && !c.covers(w)) {
                RaceLog.race(s, site, ts, s.writeSite, w);
            }
            int test = TestContext.number();
            if (w != Epoch.NONE && Epoch.tid(w) != ts.tid) {
                MapCoverage.twoThreads(s, site, s.writeSite, s.writeTest, test);
            }
            int[] rc = s.readClocks;
            if (rc != null) {
                for (int u = 0; u < rc.length; u++) {
                    if (rc[u] != 0 && u != ts.tid) {
                        if (rc[u] > c.get(u)) {
                            RaceLog.race(s, site, ts, s.readSites[u], Epoch.of(u, rc[u]));
                        }
                        MapCoverage.twoThreads(s, site, s.readSites[u], s.readTest, test);
                    }
                }
                s.readClocks = null;
                s.readSites = null;
            } else {
                long r = s.read;
                if (r != Epoch.NONE && Epoch.tid(r) != ts.tid) {
                    if (!c.covers(r)) {
                        RaceLog.race(s, site, ts, s.readSite, r);
                    }
                    MapCoverage.twoThreads(s, site, s.readSite, s.readTest, test);
                }
            }
            s.writeTest = test;
            s.read = Epoch.NONE;
            s.readSite = -1;
            s.write = e;
            s.writeSite = site;
            quiet(s, e, e);
        }
    }
}
