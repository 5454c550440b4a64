package io.github.maprace.agent.runtime;

/**
 * Which map a view ({@code keySet}, {@code values}, {@code entrySet}, sub-maps) or a view's
 * iterator belongs to, so that reads and writes made through them count as accesses to the map.
 * Only JDK view and iterator classes are looked up; for every other collection the check is one
 * {@link ClassValue} read.
 */
final class Views {
    private static final String[] VIEW_CLASS_PREFIXES = {
        "java.util.HashMap$", "java.util.LinkedHashMap$", "java.util.TreeMap$", "java.util.WeakHashMap$",
        "java.util.IdentityHashMap$", "java.util.EnumMap$", "java.util.AbstractMap$",
        "java.util.Collections$Synchronized"};
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
    private static final WeakIdentityTable<java.lang.ref.WeakReference<Object>> OWNERS = new WeakIdentityTable<>();

    private Views() {
    }

    static boolean maybeView(Object o) {
        return o != null && MAYBE_VIEW.get(o.getClass());
    }

    static void register(ThreadState ts, Object view, Object map) {
        WeakIdentityTable.Entry<java.lang.ref.WeakReference<Object>> e = entry(ts, view);
        if (e == null || !e.value().refersTo(map)) {
            OWNERS.put(view, new java.lang.ref.WeakReference<>(map)); // weak: a view must not keep its map alive
            ts.lastView = OWNERS.entry(view);
        }
    }

    /** The map behind a view or iterator, or null. */
    static Object mapOf(ThreadState ts, Object view) {
        WeakIdentityTable.Entry<java.lang.ref.WeakReference<Object>> e = entry(ts, view);
        return e == null ? null : e.value().get();
    }

    // HashMap caches its views, so the same keySet() comes back call after call: one entry per thread
    private static WeakIdentityTable.Entry<java.lang.ref.WeakReference<Object>> entry(ThreadState ts, Object view) {
        WeakIdentityTable.Entry<java.lang.ref.WeakReference<Object>> e = ts.lastView;
        if (e != null && e.refersTo(view)) {
            return e;
        }
        e = OWNERS.entry(view);
        if (e != null) {
            ts.lastView = e;
        }
        return e;
    }
}
