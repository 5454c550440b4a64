package io.github.maprace.agent.runtime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clocks of volatile fields, field updaters and {@code VarHandle}s: one per (holder object, field),
 * so a volatile write of field A publishes nothing to a reader of field B of the same object, and
 * neither is confused with the object's monitor. A field is named by an int id given at
 * instrumentation time (its name and type), or by the updater or VarHandle object that accesses it.
 */
public final class FieldClocks {
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final WeakIdentityTable<Fields> TABLE = new WeakIdentityTable<>();
    private static final WeakIdentityTable.Factory<Fields> NEW = key -> new Fields();

    /** The clocks of one holder's fields; few per object, searched linearly. */
    private static final class Fields {
        private volatile Object[] keys = new Object[0];
        private volatile SyncClock[] clocks = new SyncClock[0];

        SyncClock find(Object field) {
            Object[] k = keys;
            SyncClock[] c = clocks;
            int n = Math.min(k.length, c.length);
            for (int i = 0; i < n; i++) {
                if (k[i] == field) {
                    return c[i];
                }
            }
            return null;
        }

        synchronized SyncClock findOrAdd(Object field) {
            SyncClock found = find(field);
            if (found != null) {
                return found;
            }
            int n = keys.length;
            Object[] k = java.util.Arrays.copyOf(keys, n + 1);
            SyncClock[] c = java.util.Arrays.copyOf(clocks, n + 1);
            k[n] = field;
            c[n] = new SyncClock();
            clocks = c; // clocks first: a reader bounds its search by the shorter array
            keys = k;
            return c[n];
        }
    }

    private FieldClocks() {
    }

    /** The id of the field called {@code name} with type {@code descriptor}; at instrumentation time. */
    public static int id(String name, String descriptor) {
        return IDS.computeIfAbsent(name + ':' + descriptor, FieldClocks::register);
    }

    /** One key object per field id, compared by identity on the hot path. */
    private static volatile Object[] keys = new Object[64];

    private static synchronized Integer register(String field) {
        int id = NEXT.getAndIncrement();
        Object[] k = keys;
        if (id >= k.length) {
            k = java.util.Arrays.copyOf(k, Math.max(id + 1, k.length * 2));
        }
        k[id] = new Object();
        keys = k;
        return id;
    }

    /** The key object of field id {@code id}, or null for an id never given out. */
    static Object key(int id) {
        Object[] k = keys;
        return id >= 0 && id < k.length ? k[id] : null;
    }

    static void release(ThreadState ts, Object holder, Object field) {
        if (holder == null || field == null) {
            return;
        }
        TABLE.entryOrCreate(holder, NEW).value().findOrAdd(field).release(ts);
    }

    /** True when something was released into {@code holder}'s {@code field}. */
    static boolean exists(Object holder, Object field) {
        WeakIdentityTable.Entry<Fields> e = TABLE.entry(holder);
        return e != null && e.value().find(field) != null;
    }

    static void acquire(ThreadState ts, Object holder, Object field) {
        if (holder == null || field == null) {
            return;
        }
        WeakIdentityTable.Entry<Fields> e = TABLE.entry(holder);
        if (e == null) {
            return; // never released: nothing to learn
        }
        SyncClock c = e.value().find(field);
        if (c != null) {
            c.acquire(ts);
        }
    }
}
