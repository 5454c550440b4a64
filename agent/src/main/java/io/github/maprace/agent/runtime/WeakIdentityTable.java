package io.github.maprace.agent.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * An identity-keyed table with weak keys, for per-object detector state (map shadows, sync
 * clocks). It never calls {@code hashCode}/{@code equals} on a key (user code must not run inside
 * the detector) and never keeps a key alive. Lock-striped: lookups and inserts lock one of
 * {@value #STRIPES} segments.
 *
 * @param <V> the state kept per key
 */
public final class WeakIdentityTable<V> {
    private static final int STRIPES = 64;

    /** Creates the value for a key seen for the first time. */
    public interface Factory<V> {
        /** The initial state for {@code key}. */
        V create(Object key);
    }

    /** One key's slot; a weak reference to the key, so it can also serve as a weak cache entry. */
    public static final class Entry<V> extends WeakReference<Object> {
        final int hash;
        final V value;
        Entry<V> next;

        Entry(Object key, int hash, V value, Entry<V> next, ReferenceQueue<Object> queue) {
            super(key, queue);
            this.hash = hash;
            this.value = value;
            this.next = next;
        }

        /** The value stored for the key. */
        public V value() {
            return value;
        }
    }

    private static final class Segment<V> {
        final ReferenceQueue<Object> queue = new ReferenceQueue<>();
        @SuppressWarnings("unchecked")
        Entry<V>[] buckets = new Entry[16];
        int size;
        int peak;
    }

    private final Segment<V>[] segments;

    /** An empty table. */
    @SuppressWarnings("unchecked")
    public WeakIdentityTable() {
        segments = new Segment[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            segments[i] = new Segment<>();
        }
    }

    static int hash(Object key) {
        int h = System.identityHashCode(key);
        return h ^ (h >>> 16);
    }

    /** The value for {@code key}, or {@code null}. */
    public V get(Object key) {
        Entry<V> e = entry(key);
        return e == null ? null : e.value;
    }

    /** The entry for {@code key}, or {@code null}. */
    public Entry<V> entry(Object key) {
        int h = hash(key);
        Segment<V> s = segments[h & (STRIPES - 1)];
        Entry<V> found = scan(s, key, h);
        if (found != null) {
            return found;
        }
        synchronized (s) {
            Entry<V>[] b = s.buckets;
            for (Entry<V> e = b[(h >>> 6) & (b.length - 1)]; e != null; e = e.next) {
                if (e.hash == h && e.refersTo(key)) {
                    return e;
                }
            }
            return null;
        }
    }

    /**
     * A look without the lock, which a hit can trust: an entry only ever refers to its own key (or
     * to nothing once cleared), and its hash and value are final. A miss may be wrong, a chain
     * being changed or resized under it, so callers look again under the lock.
     */
    private static <V> Entry<V> scan(Segment<V> s, Object key, int h) {
        Entry<V>[] b = s.buckets;
        int steps = 0;
        // bounded: a chain seen mid-resize without the lock is not trusted to end
        for (Entry<V> e = b[(h >>> 6) & (b.length - 1)]; e != null && steps < 32; e = e.next, steps++) {
            if (e.hash == h && e.refersTo(key)) {
                return e;
            }
        }
        return null;
    }

    /** Stores {@code value} for {@code key}, replacing any earlier value. */
    public void put(Object key, V value) {
        int h = hash(key);
        Segment<V> s = segments[h & (STRIPES - 1)];
        synchronized (s) {
            remove(s, key, h);
            insert(s, key, h, value);
        }
    }

    /**
     * Stores {@code value} for a key that cannot be in the table yet (an object just created), and
     * returns the new entry. Skips the search that {@link #put} makes.
     */
    public Entry<V> putNew(Object key, V value) {
        int h = hash(key);
        Segment<V> s = segments[h & (STRIPES - 1)];
        synchronized (s) {
            return insert(s, key, h, value);
        }
    }

    /** The entry for {@code key}, created with {@code factory} when absent. */
    public Entry<V> entryOrCreate(Object key, Factory<V> factory) {
        int h = hash(key);
        Segment<V> s = segments[h & (STRIPES - 1)];
        Entry<V> found = scan(s, key, h);
        if (found != null) {
            return found;
        }
        synchronized (s) {
            Entry<V>[] b = s.buckets;
            for (Entry<V> e = b[(h >>> 6) & (b.length - 1)]; e != null; e = e.next) {
                if (e.hash == h && e.refersTo(key)) {
                    return e;
                }
            }
            return insert(s, key, h, factory.create(key));
        }
    }

    /** Removes and returns the value for {@code key}, or {@code null}. */
    public V remove(Object key) {
        int h = hash(key);
        Segment<V> s = segments[h & (STRIPES - 1)];
        synchronized (s) {
            return remove(s, key, h);
        }
    }

    /** Number of live and not yet expunged entries (for tests and memory figures). */
    public int size() {
        int n = 0;
        for (Segment<V> s : segments) {
            synchronized (s) {
                expunge(s);
                n += s.size;
            }
        }
        return n;
    }

    /**
     * The most entries the table held (an upper bound: the sum of each stripe's own peak), for the
     * detector's memory report.
     */
    public int peakSize() {
        int n = 0;
        for (Segment<V> s : segments) {
            synchronized (s) {
                n += s.peak;
            }
        }
        return n;
    }

    private Entry<V> insert(Segment<V> s, Object key, int h, V value) {
        expunge(s);
        if (s.size >= s.buckets.length * 3 / 4) {
            resize(s);
        }
        Entry<V>[] b = s.buckets;
        int i = (h >>> 6) & (b.length - 1);
        Entry<V> e = new Entry<>(key, h, value, b[i], s.queue);
        b[i] = e;
        if (++s.size > s.peak) {
            s.peak = s.size;
        }
        return e;
    }

    private V remove(Segment<V> s, Object key, int h) {
        Entry<V>[] b = s.buckets;
        int i = (h >>> 6) & (b.length - 1);
        Entry<V> prev = null;
        for (Entry<V> e = b[i]; e != null; prev = e, e = e.next) {
            if (e.hash == h && e.refersTo(key)) {
                unlink(s, b, i, prev, e);
                e.clear();
                return e.value;
            }
        }
        return null;
    }

    private void unlink(Segment<V> s, Entry<V>[] b, int i, Entry<V> prev, Entry<V> e) {
        if (prev == null) {
            b[i] = e.next;
        } else {
            prev.next = e.next;
        }
        s.size--;
    }

    @SuppressWarnings("unchecked")
    private void expunge(Segment<V> s) {
        Object ref;
        while ((ref = s.queue.poll()) != null) {
            Entry<V> dead = (Entry<V>) ref;
            Entry<V>[] b = s.buckets;
            int i = (dead.hash >>> 6) & (b.length - 1);
            Entry<V> prev = null;
            for (Entry<V> e = b[i]; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    unlink(s, b, i, prev, e);
                    break;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void resize(Segment<V> s) {
        Entry<V>[] old = s.buckets;
        Entry<V>[] b = new Entry[old.length * 2];
        for (Entry<V> head : old) {
            for (Entry<V> e = head; e != null; ) {
                Entry<V> next = e.next;
                int i = (e.hash >>> 6) & (b.length - 1);
                e.next = b[i];
                b[i] = e;
                e = next;
            }
        }
        s.buckets = b;
    }
}
