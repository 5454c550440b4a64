package io.github.maprace.agent.runtime;

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

    private record Half(RwClocks clocks, boolean write) {
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

    static void half(Object half, Object parent, boolean write) {
        if (half == null || parent == null) {
            return;
        }
        Half known = HALVES.get(half);
        if (known == null) {
            HALVES.put(half, new Half(of(JdkLocks.parentOf(half, parent)), write));
        } else if (known != PLAIN && known.write != write) {
            // readLock() and writeLock() answered the same object: its role is not the first one asked
            HALVES.put(half, PLAIN);
        }
    }

    /** The half {@code lock} is, also when the call that handed it out was not seen (a JDK or library call). */
    private static Half halfOf(Object lock) {
        Half h = HALVES.get(lock);
        if (h == null) {
            Object parent = JdkLocks.parentOf(lock, null);
            if (parent != null) {
                h = new Half(of(parent), JdkLocks.isWriteHalf(lock));
                HALVES.put(lock, h);
            }
        }
        return h == PLAIN ? null : h;
    }

    static void acquired(ThreadState ts, Object lock) {
        Half h = halfOf(lock);
        if (h == null) {
            SyncClocks.acquireExclusive(ts, lock);
        } else {
            h.clocks.write.acquire(ts);
            if (h.write) {
                h.clocks.read.acquire(ts);
            }
        }
    }

    static void released(ThreadState ts, Object lock) {
        Half h = halfOf(lock);
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
