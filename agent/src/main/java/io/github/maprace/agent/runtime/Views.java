package io.github.maprace.agent.runtime;

import java.lang.ref.WeakReference;

/**
 * Which map a view ({@code keySet}, {@code values}, {@code entrySet}, sub-maps) or a view's
 * iterator belongs to, so that reads and writes made through them count as accesses to the map.
 * Only JDK view and iterator classes are looked up; for every other collection the check is one
 * {@link ClassValue} read. Views are known to all threads; an iterator only to the thread that
 * made it (its {@link ViewRing}), so an iterator handed to another thread is not tracked there.
 */
final class Views {
    private static final String[] VIEW_CLASS_PREFIXES = {
        "java.util.HashMap$", "java.util.LinkedHashMap$", "java.util.TreeMap$", "java.util.WeakHashMap$",
        "java.util.IdentityHashMap$", "java.util.EnumMap$", "java.util.AbstractMap$",
        "java.util.Collections$Synchronized", "java.util.Collections$Unmodifiable", "java.util.Collections$Checked",
        "java.util.stream."};
    private static final ClassValue<Boolean> MAP_ENTRY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            String n = type.getName();
            return java.util.Map.Entry.class.isAssignableFrom(type) && (n.startsWith("java.util.HashMap$")
                    || n.startsWith("java.util.LinkedHashMap$") || n.startsWith("java.util.TreeMap$")
                    || n.startsWith("java.util.WeakHashMap$") || n.startsWith("java.util.IdentityHashMap$")
                    || n.startsWith("java.util.EnumMap$"));
        }
    };
    private static final ClassValue<Boolean> MAYBE_VIEW = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            String n = type.getName();
            for (String p : VIEW_CLASS_PREFIXES) {
                if (n.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    };
    private static final WeakIdentityTable<WeakReference<Object>> OWNERS = new WeakIdentityTable<>();

    private Views() {
    }

    /** True for an entry of a JDK map implementation (whose {@code setValue} writes the map). */
    static boolean isMapEntry(Object o) {
        return MAP_ENTRY.get(o.getClass());
    }

    static boolean maybeView(Object o) {
        return o != null && MAYBE_VIEW.get(o.getClass());
    }

    /** {@code view} of {@code map} was returned by a map call: known to every thread from now on. */
    static void register(ThreadState ts, Object view, Object map) {
        ViewRing ring = ts.views;
        WeakReference<Object> owner = ring.ownerOf(view);
        if (owner != null && owner.refersTo(map)) {
            return;
        }
        WeakIdentityTable.Entry<WeakReference<Object>> e = OWNERS.entry(view);
        if (e == null || !e.value().refersTo(map)) {
            owner = new WeakReference<>(map); // weak: a view must not keep its map alive
            OWNERS.put(view, owner);
        } else {
            owner = e.value();
        }
        ring.add(view, owner);
    }

    /**
     * {@code iterator} was made from {@code view}: known to this thread only. Iterators are
     * created by the thousand and nearly always used by the thread that made them, right away,
     * so they skip the shared table (a lock and an entry each) for the thread's ring.
     */
    static void registerIterator(ThreadState ts, Object iterator, Object view) {
        WeakReference<Object> owner = ownerOf(ts, view);
        if (owner != null) {
            ts.views.add(iterator, owner);
        }
    }

    /** The map behind a view or iterator, or null. */
    static Object mapOf(ThreadState ts, Object view) {
        WeakReference<Object> owner = ownerOf(ts, view);
        return owner == null ? null : owner.get();
    }

    private static WeakReference<Object> ownerOf(ThreadState ts, Object view) {
        ViewRing ring = ts.views;
        WeakReference<Object> owner = ring.ownerOf(view);
        // iterators, spliterators and streams are only ever in their thread's ring: a miss there is
        // final, and the shared table (whose misses lock a segment) is not asked for every one
        if (owner == null && !(view instanceof java.util.Iterator) && !(view instanceof java.util.Spliterator)
                && !(view instanceof java.util.stream.BaseStream)) {
            WeakIdentityTable.Entry<WeakReference<Object>> e = OWNERS.entry(view);
            if (e != null) {
                owner = e.value();
                ring.add(view, owner);
            }
        }
        return owner;
    }
}
