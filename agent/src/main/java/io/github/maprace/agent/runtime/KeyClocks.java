package io.github.maprace.agent.runtime;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The clocks of one {@code ConcurrentMap} (ConcurrentHashMap, ConcurrentSkipListMap): the JDK
 * promises happens-before only from an update of a key to a retrieval of that key, so a clock
 * per key stripe, not one for the whole map, which would order a reader of key B after a writer
 * of key A and hide races. Keys are striped by {@code hashCode} only for JDK value types (String,
 * boxed numbers, UUID), so no user code runs in the detector; every other key, and every call
 * without a key ({@code clear}, {@code putAll}, {@code size}, iteration), uses the whole-map clock,
 * which every keyed read also acquires: sharing a stripe or falling back to the whole map only
 * adds edges, so it can hide a race but never invent one.
 *
 * <p>{@code Hashtable} and {@code Collections.synchronizedMap} lock the whole map on every call:
 * one clock ({@link SyncClocks}) is exact for them.
 */
final class KeyClocks {
    static final int STRIPES = 16;
    /** No stripe: a key that is not a JDK value type, or no key. */
    static final int WHOLE = -1;

    private static final WeakIdentityTable<KeyClocks> TABLE = new WeakIdentityTable<>();
    private static final WeakIdentityTable.Factory<KeyClocks> NEW = key -> new KeyClocks();

    final SyncClock whole = new SyncClock();
    /** {@link AtomicCallbacks}' wrappers of the last remapping and mapping function per stripe (and the whole map). */
    final Object[] biFunctions = new Object[STRIPES + 1];
    final Object[] functions = new Object[STRIPES + 1];
    private final AtomicReferenceArray<SyncClock> stripes = new AtomicReferenceArray<>(STRIPES);

    /** Where the map was created, -1 when unknown: only such maps have concurrency coverage. */
    int allocationSite = -1;
    /**
     * {@link MapCoverage}'s view of the map's last write (thread, test, site) and the last test it
     * saw the map exercised in. Read and written without a lock: a lost update only delays the
     * verdict to a later access; written only when they change, so the writers of a hot map do
     * not keep pulling one cache line to each other.
     */
    int lastWriterTid = -1;
    int lastWriteTest;
    int lastWriteSite = -1;
    int coveredTest;

    /** The clocks of {@code map}, created on first use; cached per thread. */
    static KeyClocks of(ThreadState ts, Object map) {
        WeakIdentityTable.Entry<KeyClocks> e = ts.recentKeyClocks.find(map);
        if (e == null) {
            e = TABLE.entryOrCreate(map, NEW);
            ts.recentKeyClocks.add(e);
        }
        return e.value();
    }

    /** Remembers where {@code map} was created, for concurrency coverage. */
    static void allocated(ThreadState ts, Object map, int site) {
        of(ts, map).allocationSite = site;
    }

    /** The stripe of {@code key}, or {@link #WHOLE}. */
    static int stripeOf(Object key) {
        if (AtomicityTracker.valueKey(key) == null) {
            return WHOLE;
        }
        int h = key.hashCode(); // a JDK value type's own hashCode: String caches it
        return (h ^ (h >>> 16)) & (STRIPES - 1);
    }

    /** A write of {@code key}'s stripe (or of the whole map) publishes what the thread did before it. */
    void release(ThreadState ts, int stripe) {
        (stripe == WHOLE ? whole : stripe(stripe)).release(ts);
    }

    /** After a call: a keyed read sees its stripe's and whole-map writes; a call without a key sees every write. */
    void acquire(ThreadState ts, int stripe, boolean keyless) {
        whole.acquire(ts);
        if (stripe != WHOLE) {
            SyncClock s = stripes.get(stripe);
            if (s != null) {
                s.acquire(ts);
            }
        } else if (keyless) {
            for (int i = 0; i < STRIPES; i++) {
                SyncClock s = stripes.get(i);
                if (s != null) {
                    s.acquire(ts);
                }
            }
        }
    }

    private SyncClock stripe(int i) {
        SyncClock s = stripes.get(i);
        if (s == null) {
            stripes.compareAndSet(i, null, new SyncClock());
            s = stripes.get(i);
        }
        return s;
    }
}
