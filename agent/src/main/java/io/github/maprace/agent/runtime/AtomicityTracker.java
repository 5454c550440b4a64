package io.github.maprace.agent.runtime;

import java.lang.ref.WeakReference;

/**
 * Finds atomicity violations on concurrent and synchronized maps: a thread checks a key
 * ({@code get}/{@code containsKey}), another thread writes that key, and then the first thread
 * acts on the key ({@code put}/{@code remove}) as if nothing had changed. The interleaving is
 * observed, not inferred: it really happened in this run. Keys are compared by identity, or by
 * {@code equals} for JDK value types (String, boxed numbers, UUID, enums), so no user code runs.
 */
final class AtomicityTracker {
    /** A thread's last check on a concurrent map. */
    static final class PendingCheck {
        final WeakReference<Object> map;
        final Object key;
        final int site;
        final int tid;
        volatile int interferingSite = -1;
        volatile int interferingTid = -1;

        PendingCheck(Object map, Object key, int site, int tid) {
            this.map = new WeakReference<>(map);
            this.key = key;
            this.site = site;
            this.tid = tid;
        }
    }

    /** The pending checks on one map, by any thread. */
    private static final class Watch {
        PendingCheck[] checks = new PendingCheck[0];
    }

    private static final WeakIdentityTable<Watch> WATCHES = new WeakIdentityTable<>();
    private static final WeakIdentityTable.Factory<Watch> NEW_WATCH = key -> new Watch();
    private static volatile int pending;

    private AtomicityTracker() {
    }

    static void access(ThreadState ts, Object map, Object key, int site) {
        int category = Sites.categoryOf(site);
        if (category == Sites.ACT) {
            act(ts, map, key, site);
        }
        if (Sites.isWrite(site) && pending > 0) {
            interfere(ts, map, key, site);
        }
        if (category == Sites.CHECK && key != null) {
            check(ts, map, key, site);
        }
    }

    private static void check(ThreadState ts, Object map, Object key, int site) {
        forget(ts);
        PendingCheck pc = new PendingCheck(map, key, site, ts.tid);
        Watch w = WATCHES.entryOrCreate(map, NEW_WATCH).value();
        synchronized (w) {
            PendingCheck[] old = w.checks;
            PendingCheck[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = pc;
            w.checks = grown;
        }
        ts.pendingCheck = pc;
        synchronized (AtomicityTracker.class) {
            pending++;
        }
    }

    private static void act(ThreadState ts, Object map, Object key, int site) {
        PendingCheck pc = ts.pendingCheck;
        if (pc == null || pc.map.get() != map || !sameKey(pc.key, key)) {
            return;
        }
        int other = pc.interferingSite;
        if (other >= 0) {
            RaceLog.atomicity(map, pc.site, site, ts, other, pc.interferingTid, key);
        }
        forget(ts);
    }

    private static void interfere(ThreadState ts, Object map, Object key, int site) {
        Watch w = WATCHES.get(map);
        if (w == null) {
            return;
        }
        PendingCheck[] checks;
        synchronized (w) {
            checks = w.checks;
        }
        for (PendingCheck pc : checks) {
            if (pc.tid != ts.tid && pc.interferingSite < 0 && (key == null || sameKey(pc.key, key))) {
                pc.interferingTid = ts.tid;
                pc.interferingSite = site;
            }
        }
    }

    /** Drops the thread's pending check (a new check replaces it; an act consumes it). */
    static void forget(ThreadState ts) {
        PendingCheck pc = ts.pendingCheck;
        if (pc == null) {
            return;
        }
        ts.pendingCheck = null;
        Object map = pc.map.get();
        Watch w = map == null ? null : WATCHES.get(map);
        if (w != null) {
            synchronized (w) {
                PendingCheck[] old = w.checks;
                int n = 0;
                PendingCheck[] kept = new PendingCheck[old.length];
                for (PendingCheck c : old) {
                    if (c != pc) {
                        kept[n++] = c;
                    }
                }
                w.checks = java.util.Arrays.copyOf(kept, n);
            }
        }
        synchronized (AtomicityTracker.class) {
            pending--;
        }
    }

    static boolean sameKey(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        Class<?> c = a.getClass();
        boolean valueType = c == String.class || c == Integer.class || c == Long.class || c == Short.class
                || c == Byte.class || c == Character.class || c == Boolean.class || c == java.util.UUID.class;
        return valueType && a.equals(b);
    }
}
