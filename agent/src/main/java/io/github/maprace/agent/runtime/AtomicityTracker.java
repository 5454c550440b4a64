package io.github.maprace.agent.runtime;

/**
 * Finds atomicity violations on concurrent and synchronized maps: a thread checks a key
 * ({@code get}/{@code containsKey}), another thread writes that key, and then the first thread
 * acts on the key ({@code put}/{@code remove}) as if nothing had changed. The interleaving is
 * observed, not inferred: it really happened in this run.
 *
 * <p>Each concurrent map keeps rings of its recent writes (key, thread, site): one per key stripe
 * ({@value #STRIPES}, by the key's hash: {@code hashCode} for JDK value types, the identity hash
 * otherwise), the last {@value #RING} writes of that stripe each, and one for writes without a key
 * ({@code clear}, {@code putAll}). A check remembers its stripe's and the keyless ring's write
 * counts; the act looks at the writes made since in both. Writers of different keys mostly touch
 * different rings, so the watch does not serialize the threads it watches (one shared ring did:
 * its counter and slots were written by every writer of the map). Keys are compared by
 * {@code equals} for JDK value types (String, boxed numbers, UUID) and by identity hash
 * otherwise, so no user code runs and no user key is kept.
 */
final class AtomicityTracker {
    static final int RING = 32;
    static final int STRIPES = 16;

    /** The recent writes of one stripe of a map (or its keyless writes). */
    static final class Ring {
        final Object[] values = new Object[RING];
        final int[] hashes = new int[RING];
        final int[] tids = new int[RING];
        final int[] sites = new int[RING];
        /** The writer's own check of the key before this write (an act), or 0: shown with the report. */
        final int[] checks = new int[RING];
        /** The write number each slot holds, stored last: a reader that sees it unchanged saw a whole entry. */
        final java.util.concurrent.atomic.AtomicLongArray seqs = new java.util.concurrent.atomic.AtomicLongArray(RING);
        final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
    }

    /** The recent writes of one concurrent map. */
    static final class Writes {
        private final java.util.concurrent.atomic.AtomicReferenceArray<Ring> stripes =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(STRIPES);
        /** Writes without a key: every key may have changed. */
        final Ring keyless = new Ring();
        /**
         * Set by the map's first check: until then no act can follow a check, so writes are not
         * recorded (maps only ever written with {@code merge}/{@code compute*} never pay for the rings).
         */
        volatile boolean checked;
        /** With {@link Perturbation} on: the thread that used the map last, and whether another did before. */
        volatile int lastTid = -1;
        volatile boolean shared;

        Ring ring(int stripe) {
            Ring r = stripes.get(stripe);
            if (r == null) {
                stripes.compareAndSet(stripe, null, new Ring());
                r = stripes.get(stripe);
            }
            return r;
        }
    }

    private static final WeakIdentityTable<Writes> WRITES = new WeakIdentityTable<>();
    private static final WeakIdentityTable.Factory<Writes> NEW = key -> new Writes();

    private AtomicityTracker() {
    }

    static void access(ThreadState ts, Object map, Object key, int site) {
        int category = Sites.categoryOf(site);
        boolean write = Sites.isWrite(site);
        if (category != Sites.CHECK && category != Sites.ACT && !write) {
            return;
        }
        Writes w = writesOf(ts, map);
        if (Perturbation.enabled()) {
            Perturbation.touched(ts, w);
        }
        int ownCheck = category == Sites.ACT ? act(ts, w, map, key, site) : 0;
        boolean recorded = write && w.checked;
        boolean check = category == Sites.CHECK && key != null;
        if (!recorded && !check) {
            return;
        }
        Object value = valueKey(key);
        int hash = key == null || value != null ? 0 : System.identityHashCode(key); // value keys compare by equals
        // the stack each (site, thread) had the first time: what a report shows for this check or write
        History.recordFirstRun(ts, site);
        if (recorded) {
            record(key == null ? w.keyless : w.ring(stripe(value, hash)), value, hash, ts.tid, site, ownCheck);
        }
        if (check) {
            if (!w.checked) {
                w.checked = true; // before the counts are read: a write from now on is recorded
            }
            Ring ring = w.ring(stripe(value, hash));
            ts.checkWrites = w;
            ts.checkValue = value;
            ts.checkHash = hash;
            ts.checkRing = ring;
            ts.checkCount = ring.count.get();
            ts.checkKeylessCount = w.keyless.count.get();
            ts.checkSite = site;
        }
    }

    private static int stripe(Object value, int identityHash) {
        int h = value != null ? value.hashCode() : identityHash; // a JDK value type's own hashCode
        return (h ^ (h >>> 16)) & (STRIPES - 1);
    }

    private static Writes writesOf(ThreadState ts, Object map) {
        WeakIdentityTable.Entry<Writes> e = ts.recentWrites.find(map);
        if (e == null) {
            e = WRITES.entryOrCreate(map, NEW);
            ts.recentWrites.add(e);
        }
        return e.value();
    }

    /** Judges an act; returns the site of the thread's check it acts on, or 0 when it follows none. */
    private static int act(ThreadState ts, Writes w, Object map, Object key, int site) {
        if (ts.checkWrites != w || key == null || !sameKey(ts.checkValue, ts.checkHash, key)) {
            return 0;
        }
        ts.checkWrites = null;
        if (Perturbation.enabled()) {
            Perturbation.window(ts, w, map, site); // the act has not run yet: a write may land now
        }
        if (!conflict(ts, ts.checkRing, ts.checkCount, key, map, site, false)) {
            conflict(ts, w.keyless, ts.checkKeylessCount, key, map, site, true);
        }
        return ts.checkSite;
    }

    /** Reports the first write by another thread to {@code key} in {@code ring} after write {@code from}. */
    private static boolean conflict(ThreadState ts, Ring ring, long from, Object key, Object map, int site,
                                    boolean anyKey) {
        long to = ring.count.get();
        if (to - from > RING) {
            from = to - RING; // older writes are gone from the ring: judge the ones still there
        }
        for (long n = from + 1; n <= to; n++) {
            int slot = (int) (n % RING);
            if (ring.seqs.getAcquire(slot) != n) {
                continue; // being overwritten by a newer write, or not written yet
            }
            int tid = ring.tids[slot];
            int other = ring.sites[slot];
            int otherCheck = ring.checks[slot];
            boolean match = anyKey || sameKey(ring.values[slot], ring.hashes[slot], key);
            java.lang.invoke.VarHandle.loadLoadFence();
            if (ring.seqs.getAcquire(slot) == n && tid != ts.tid && match) {
                RaceLog.atomicity(map, ts.checkSite, site, ts, other, otherCheck, tid, key);
                return true;
            }
        }
        return false;
    }

    // lock-free: writers of a concurrent map must not be serialized by the detector; a slot is
    // claimed by its write number and published by storing that number last
    private static void record(Ring ring, Object value, int hash, int tid, int site, int check) {
        long n = ring.count.incrementAndGet();
        int slot = (int) (n % RING);
        // a seqlock writer without full fences: the claim is ordered before the data, the data
        // before the publication (free on x86, where these are only compiler barriers)
        ring.seqs.setOpaque(slot, -n);
        java.lang.invoke.VarHandle.storeStoreFence();
        ring.values[slot] = value;
        ring.hashes[slot] = hash;
        ring.tids[slot] = tid;
        ring.sites[slot] = site;
        ring.checks[slot] = check;
        ring.seqs.setRelease(slot, n);
    }

    /** The key itself when it is a JDK value type (compared by equals), else null. */
    static Object valueKey(Object key) {
        if (key == null) {
            return null;
        }
        Class<?> c = key.getClass();
        boolean valueType = c == String.class || c == Integer.class || c == Long.class || c == Short.class
                || c == Byte.class || c == Character.class || c == Boolean.class || c == java.util.UUID.class;
        return valueType ? key : null;
    }

    private static boolean sameKey(Object value, int hash, Object key) {
        if (value != null) {
            return value.getClass() == key.getClass() && value.equals(key);
        }
        return valueKey(key) == null && hash == System.identityHashCode(key);
    }
}
