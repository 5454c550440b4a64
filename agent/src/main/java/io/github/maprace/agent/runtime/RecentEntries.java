package io.github.maprace.agent.runtime;

/**
 * A thread's cache of entries of one {@link WeakIdentityTable}: the last one used, then a small
 * direct-mapped table by identity hash. Code that alternates between several maps or sync
 * objects (a loop over one map that updates another, counters in a map of {@code LongAdder}s)
 * finds them here without the table's striped lock, which threads would otherwise contend for.
 * Holds entries, which are weak references: never keeps a key alive. An entry the table
 * replaced or removed is cleared, so it can never be found here again.
 *
 * @param <V> the table's value type
 */
final class RecentEntries<V> {
    private final WeakIdentityTable.Entry<V>[] slots;
    private WeakIdentityTable.Entry<V> last;

    /** A cache of {@code size} slots, a power of two. */
    @SuppressWarnings("unchecked")
    RecentEntries(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two: " + size);
        }
        slots = new WeakIdentityTable.Entry[size];
    }

    /** The cached entry for {@code key}, or {@code null}. */
    WeakIdentityTable.Entry<V> find(Object key) {
        WeakIdentityTable.Entry<V> e = last;
        if (e != null && e.refersTo(key)) {
            return e;
        }
        e = slots[WeakIdentityTable.hash(key) & (slots.length - 1)];
        if (e != null && e.refersTo(key)) {
            last = e;
            return e;
        }
        return null;
    }

    /** Caches {@code e} (an entry of the table for its key), replacing the one in its slot. */
    void add(WeakIdentityTable.Entry<V> e) {
        slots[e.hash & (slots.length - 1)] = e;
        last = e;
    }
}
