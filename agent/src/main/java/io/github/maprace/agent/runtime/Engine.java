package io.github.maprace.agent.runtime;

/**
 * The FastTrack happens-before checks for map accesses (Flanagan &amp; Freund, PLDI 2009), with a
 * whole map as one location. A read or write that no happens-before edge orders after the last
 * conflicting access is a race, handed to {@link RaceLog}.
 */
final class Engine {
    private Engine() {
    }

    static void read(ThreadState ts, MapShadow s, int site) {
        long e = ts.epoch;
        if (s.readClocks == null && (s.read == e || (s.write == e && s.read == Epoch.NONE))) {
            // same thread, same epoch as its last read or write: nothing new to learn (a read right
            // after the thread's own write is covered by that write for every later check)
            return;
        }
        VectorClock c = ts.clock;
        synchronized (s) {
            long w = s.write;
            if (w != Epoch.NONE && !c.covers(w)) {
                RaceLog.race(s, site, ts, s.writeSite, Epoch.tid(w));
            }
            if (s.readClocks != null) {
                s.setRead(ts.tid, Epoch.clock(e), site);
                return;
            }
            long r = s.read;
            if (r == Epoch.NONE || c.covers(r)) {
                s.read = e;
                s.readSite = site;
            } else {
                s.inflate(r, s.readSite);
                s.setRead(ts.tid, Epoch.clock(e), site);
            }
        }
    }

    static void write(ThreadState ts, MapShadow s, int site) {
        long e = ts.epoch;
        if (s.write == e && s.readClocks == null && (s.read == Epoch.NONE || s.read == e)) {
            return; // the thread's own write (and read) in this epoch: no race possible
        }
        VectorClock c = ts.clock;
        synchronized (s) {
            long w = s.write;
            if (w != Epoch.NONE && w != e && !c.covers(w)) {
                RaceLog.race(s, site, ts, s.writeSite, Epoch.tid(w));
            }
            int[] rc = s.readClocks;
            if (rc != null) {
                for (int u = 0; u < rc.length; u++) {
                    if (rc[u] != 0 && u != ts.tid && rc[u] > c.get(u)) {
                        RaceLog.race(s, site, ts, s.readSites[u], u);
                    }
                }
                s.readClocks = null;
                s.readSites = null;
            } else {
                long r = s.read;
                if (r != Epoch.NONE && Epoch.tid(r) != ts.tid && !c.covers(r)) {
                    RaceLog.race(s, site, ts, s.readSite, Epoch.tid(r));
                }
            }
            s.read = Epoch.NONE;
            s.readSite = -1;
            s.write = e;
            s.writeSite = site;
        }
    }
}
