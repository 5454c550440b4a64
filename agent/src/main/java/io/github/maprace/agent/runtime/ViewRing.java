package io.github.maprace.agent.runtime;

import java.lang.ref.WeakReference;

/**
 * A thread's last {@value #SIZE} views and iterators with the map each belongs to: enough for
 * nested loops over several maps. Weak on both sides, so it keeps neither an iterator nor a map
 * alive; overwritten round-robin.
 */
final class ViewRing {
    static final int SIZE = 8;
    @SuppressWarnings("unchecked")
    private final WeakReference<Object>[] keys = new WeakReference[SIZE];
    @SuppressWarnings("unchecked")
    private final WeakReference<Object>[] owners = new WeakReference[SIZE];
    private int next;
    /** The map whose view or iterator the thread traversed last (for {@code Map.Entry.setValue}). */
    private WeakReference<Object> lastIterated;

    void iterating(Object map) {
        WeakReference<Object> last = lastIterated;
        if (last == null || !last.refersTo(map)) {
            lastIterated = new WeakReference<>(map);
        }
    }

    Object lastIterated() {
        WeakReference<Object> last = lastIterated;
        return last == null ? null : last.get();
    }

    /** The owner reference of {@code o} if it is in the ring, else null. */
    WeakReference<Object> ownerOf(Object o) {
        WeakReference<Object>[] k = keys;
        // newest first: the iterator just made is the one being used
        for (int n = 0, i = (next - 1) & (SIZE - 1); n < SIZE; n++, i = (i - 1) & (SIZE - 1)) {
            WeakReference<Object> r = k[i];
            if (r == null) {
                return null;
            }
            if (r.refersTo(o)) {
                return owners[i];
            }
        }
        return null;
    }

    /** Which slots hold a stream, and how many: most threads never stream a map view. */
    private final boolean[] streamSlots = new boolean[SIZE];
    private int streams;

    void add(Object o, WeakReference<Object> owner) {
        int i = next;
        keys[i] = new WeakReference<>(o);
        owners[i] = owner;
        boolean stream = o instanceof java.util.stream.BaseStream;
        if (streamSlots[i] != stream) {
            streams += stream ? 1 : -1;
            streamSlots[i] = stream;
        }
        next = (i + 1) & (SIZE - 1);
    }

    /** True when a stream made from a map view may be in the ring (a stream call can skip the look-up otherwise). */
    boolean hasStreams() {
        return streams > 0;
    }
}
