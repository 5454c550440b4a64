package io.github.maprace.agent.runtime;

/**
 * Finds atomicity violations on concurrent and synchronized maps: a thread checks a key
 * ({@code get}/{@code containsKey}), another thread writes that key, and then the first thread
 * acts on the key ({@code put}/{@code remove}) as if nothing had changed. The interleaving is
 * observed, not inferred: it really happened in this run.
 *
 * <p>Each concurrent map keeps a ring of its last {@value #RING} writes (key, thread, site); a
 * check only remembers the map's write count, and the act looks at the writes made since. Keys
 * are compared by {@code equals} for JDK value types (String, boxed numbers, UUID) and by
 * identity hash otherwise, so no user code runs and no user key is kept.
 */
final class AtomicityTracker {
    static final int RING = 64;
    private static final int ANY_KEY = 0x5a5a5a5a;

    /** The recent writes of one concurrent map. */
    static final class Writes {
        final Object[] values = new Object[RING];
        final int[] hashes = new int[RING];
        final boolean[] anyKey = new boolean[RING];
        final int[] tids = new int[RING];
        final int[] sites = new int[RING];
        /** The write number each slot holds, stored last: a reader that sees it unchanged saw a whole entry. */
        final java.util.concurrent.atomic.AtomicLongArray seqs = new java.util.concurrent.atomic.AtomicLongArray(RING);
        final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        /**
         * Set by the map's first check: until then no act can follow a check, so writes are not
         * recorded (maps only ever written with {@code merge}/{@code compute*} never pay for the ring,
         * whose counter every writer of the map would otherwise contend for).
         */
        volatile boolean checked;
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
        if (category == Sites.ACT) {
            act(ts, w, map, key, site);
        }
        if (write && w.checked) {
            record(w, key, ts.tid, site);
        }
        if (category == Sites.CHECK && key != null) {
            if (!w.checked) {
                w.checked = true; // before the count is read: a write from now on is recorded
            }
            ts.checkWrites = w;
            ts.checkValue = valueKey(key);
            ts.checkHash = ts.checkValue == null ? System.identityHashCode(key) : 0; // value keys compare by equals
            ts.checkCount = w.count.get();
            ts.checkSite = site;
        }
    }

    private static Writes writesOf(ThreadState ts, Object map) {
        WeakIdentityTable.Entry<Writes> e = ts.recentWrites.find(map);
        if (e == null) {
            e = WRITES.entryOrCreate(map, NEW);
            ts.recentWrites.add(e);
        }
        return e.value();
    }

    private static void act(ThreadState ts, Writes w, Object map, Object key, int site) {
        if (ts.checkWrites != w || key == null || !sameKey(ts.checkValue, ts.checkHash, key)) {
            return;
        }
        ts.checkWrites = null;
        long from = ts.checkCount;
        long to = w.count.get();
        if (to - from > RING) {
            from = to - RING; // older writes are gone from the ring: judge the ones still there
        }
        for (long n = from + 1; n <= to; n++) {
            int slot = (int) (n % RING);
            if (w.seqs.getAcquire(slot) != n) {
                continue; // being overwritten by a newer write, or not written yet
            }
            int tid = w.tids[slot];
            int other = w.sites[slot];
            boolean match = w.anyKey[slot] || sameKey(w.values[slot], w.hashes[slot], key);
            java.lang.invoke.VarHandle.loadLoadFence();
            if (w.seqs.getAcquire(slot) == n && tid != ts.tid && match) {
                RaceLog.atomicity(map, ts.checkSite, site, ts, other, tid, key);
                return;
            }
        }
    }

    // lock-free: writers of a concurrent map must not be serialized by the detector; a slot is
    // claimed by its write number and published by storing that number last
    private static void record(Writes w, Object key, int tid, int site) {
        long n = w.count.incrementAndGet();
        int slot = (int) (n % RING);
        // a seqlock writer without full fences: the claim is ordered before the data, the data
        // before the publication (free on x86, where these are only compiler barriers)
        w.seqs.setOpaque(slot, -n);
        java.lang.invoke.VarHandle.storeStoreFence();
        Object value = valueKey(key);
        w.values[slot] = value;
        w.hashes[slot] = key == null ? ANY_KEY : value != null ? 0 : System.identityHashCode(key);
        w.anyKey[slot] = key == null; // clear(), putAll(): every key may have changed
        w.tids[slot] = tid;
        w.sites[slot] = site;
        w.seqs.setRelease(slot, n);
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
