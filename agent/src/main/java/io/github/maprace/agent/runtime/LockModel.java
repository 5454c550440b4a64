package io.github.maprace.agent.runtime;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/**
 * Happens-before for {@code java.util.concurrent.locks}: plain locks carry one clock; the halves
 * of a read-write lock (and the modes of a {@code StampedLock}) carry a write clock and a read
 * clock, as ThreadSanitizer does, so that readers are ordered after writers and writers after
 * readers, but readers are not ordered with each other. Conditions release and re-acquire the
 * lock they belong to.
 */
final class LockModel {
    /** The clocks of one read-write lock or StampedLock. */
    static final class RwClocks {
        final SyncClock write = new SyncClock();
        final SyncClock read = new SyncClock();
    }

    /** What a lock object is in a read-write lock: which clocks, and which role. */
    record Half(RwClocks clocks, boolean write) {
    }

    private static final WeakIdentityTable<RwClocks> PARENTS = new WeakIdentityTable<>();
    private static final WeakIdentityTable.Factory<RwClocks> NEW_RW = key -> new RwClocks();
    private static final WeakIdentityTable<Half> HALVES = new WeakIdentityTable<>();
    private static final WeakIdentityTable<Object> CONDITION_LOCKS = new WeakIdentityTable<>();

    private LockModel() {
    }

    static RwClocks of(Object parent) {
        return PARENTS.entryOrCreate(parent, NEW_RW).value();
    }

    /** A "half" that a lock hands out for both roles: it excludes everyone, so it is a plain lock. */
    private static final Half PLAIN = new Half(null, true);

    /**
     * The classes of the halves registered through {@code readLock()}/{@code writeLock()}, few;
     * a lock of any other class (a {@code ReentrantLock}) is a plain lock without a table lookup.
     */
    private static volatile Class<?>[] halfClasses = new Class<?>[0];

    private static boolean isJdkHalf(Object lock) {
        return lock instanceof ReentrantReadWriteLock.ReadLock || lock instanceof ReentrantReadWriteLock.WriteLock;
    }

    private static boolean mayBeHalf(Object lock) {
        if (isJdkHalf(lock)) {
            return true;
        }
        Class<?> type = lock.getClass();
        for (Class<?> c : halfClasses) {
            if (c == type) {
                return true;
            }
        }
        return false;
    }

    private static synchronized void addHalfClass(Class<?> type) {
        Class<?>[] known = halfClasses;
        for (Class<?> c : known) {
            if (c == type) {
                return;
            }
        }
        Class<?>[] more = java.util.Arrays.copyOf(known, known.length + 1);
        more[known.length] = type;
        halfClasses = more;
    }

    /**
     * A {@code ReentrantReadWriteLock} half names its lock and role itself ({@link JdkLocks}), so
     * the {@code readLock()}/{@code writeLock()} call that handed it out need not be looked at:
     * code that calls {@code rw.readLock().lock()} on every read pays for one hook less.
     */
    static boolean knowsItself(Object half) {
        return isJdkHalf(half) && JdkLocks.readable();
    }

    static void half(ThreadState ts, Object half, Object parent, boolean write) {
        if (half == null || parent == null) {
            return;
        }
        if (!mayBeHalf(half)) {
            addHalfClass(half.getClass());
        }
        WeakIdentityTable.Entry<Half> e = ts.recentHalves.find(half);
        Half known = e != null ? e.value() : HALVES.get(half);
        if (known == null) {
            HALVES.put(half, new Half(of(JdkLocks.parentOf(half, parent)), write));
        } else if (known != PLAIN && known.write != write) {
            // readLock() and writeLock() answered the same object: its role is not the first one asked
            HALVES.put(half, PLAIN);
        }
    }

    /**
     * The half {@code lock} is, also when the call that handed it out was not seen (a JDK or
     * library call); found in the thread's recent halves first, since every lock and unlock asks.
     */
    private static Half halfOf(ThreadState ts, Object lock) {
        if (!mayBeHalf(lock)) {
            return null;
        }
        WeakIdentityTable.Entry<Half> e = ts.recentHalves.find(lock);
        if (e == null) {
            e = HALVES.entry(lock);
            if (e == null) {
                Object parent = JdkLocks.parentOf(lock, null);
                if (parent == null) {
                    return null;
                }
                HALVES.put(lock, new Half(of(parent), JdkLocks.isWriteHalf(lock)));
                e = HALVES.entry(lock);
                if (e == null) {
                    return null;
                }
            }
            ts.recentHalves.add(e);
        }
        Half h = e.value();
        return h == PLAIN ? null : h;
    }

    /**
     * A lock (or half) was acquired. A plain lock and a write half exclude everyone, so their
     * clocks are acquired exclusively; a read half acquires the write clock shared, and may take
     * back the tick its own last read unlock left pending when no writer came in between.
     */
    static void acquired(ThreadState ts, Object lock) {
        acquired(ts, lock, false, -1);
    }

    /** The lock-order node of a read-write lock half (its lock's clocks), or null for any other lock. */
    static Object nodeOfHalf(ThreadState ts, Object lock) {
        Half h = halfOf(ts, lock);
        return h == null || h == PLAIN ? null : h.clocks;
    }

    /** {@code tried}: taken by a {@code tryLock}, which cannot block, so it makes no lock-order edge. */
    static void acquired(ThreadState ts, Object lock, boolean tried) {
        acquired(ts, lock, tried, -1);
    }

    /** {@code site}: the instrumented call site that took it, or -1 (kept with the hold for reports). */
    static void acquired(ThreadState ts, Object lock, boolean tried, int site) {
        Half h = halfOf(ts, lock);
        if (h == null) {
            SyncClocks.acquireExclusive(ts, lock);
            LockOrder.acquired(ts, lock, lock, false, tried, site);
        } else if (h.write) {
            h.clocks.write.acquireExclusive(ts);
            h.clocks.read.acquireExclusive(ts);
            LockOrder.acquired(ts, lock, h.clocks, false, tried, site);
        } else {
            h.clocks.write.acquire(ts);
            ts.untick(h.clocks.read);
            LockOrder.acquired(ts, lock, h.clocks, true, tried, site);
        }
    }

    static void released(ThreadState ts, Object lock) {
        LockOrder.released(ts, lock);
        Half h = halfOf(ts, lock);
        if (h == null) {
            SyncClocks.release(ts, lock);
        } else if (h.write) {
            h.clocks.write.release(ts);
        } else {
            h.clocks.read.release(ts);
        }
    }

    static void condition(Object condition, Object lock) {
        if (condition != null && lock != null) {
            CONDITION_LOCKS.put(condition, lock);
        }
    }

    /** The lock a condition belongs to, or the condition itself when unknown. */
    static Object lockOf(Object condition) {
        Object lock = CONDITION_LOCKS.get(condition);
        return lock != null ? lock : condition;
    }

    static void stampReleased(ThreadState ts, StampedLock lock, long stamp) {
        RwClocks c = of(lock);
        if (StampedLock.isWriteLockStamp(stamp)) {
            c.write.release(ts);
        } else if (StampedLock.isReadLockStamp(stamp)) {
            c.read.release(ts);
        }
    }
}
