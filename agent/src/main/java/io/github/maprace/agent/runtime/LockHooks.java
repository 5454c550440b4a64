package io.github.maprace.agent.runtime;

/**
 * Entry points for {@code java.util.concurrent.locks}: locks, read-write lock halves, conditions and
 * {@code StampedLock} modes ({@link LockModel}). None of them throws into the caller, except
 * {@link #lockRequested} where the caller would otherwise wait forever.
 */
public final class LockHooks {
    private LockHooks() {
    }

    /** After {@code lock.lock()} and friends (a read or write half, or a plain lock). */
    public static void lockAcquired(Object lock) {
        lockAcquired(lock, -1);
    }

    /** After {@code lock.lock()} at call site {@code site} of instrumented code, remembered with the hold. */
    public static void lockAcquired(Object lock, int site) {
        try {
            if (lock != null) {
                LockModel.acquired(ThreadState.current(), lock, false, site);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /**
     * Before {@code lock.lock()}/{@code lockInterruptibly()}: a thread that holds the read lock of
     * a {@code ReentrantReadWriteLock} and asks for its write lock waits forever (the lock does not
     * upgrade). That is reported as {@code LOCK_UPGRADE}, and the call throws
     * {@link IllegalMonitorStateException} naming it, so that the test fails at once instead of
     * hanging its JVM until the fork timeout. The one hook that throws into the caller, and only
     * where the caller would otherwise never return.
     */
    public static void lockRequested(Object lock) {
        if (!(lock instanceof java.util.concurrent.locks.ReentrantReadWriteLock.WriteLock)) {
            return;
        }
        String upgrade = null;
        try {
            upgrade = LockOrder.upgrade(ThreadState.current(), lock, true);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
        if (upgrade != null) {
            throw new IllegalMonitorStateException(upgrade);
        }
    }

    /** Before a timed {@code tryLock}: an upgrade is reported, but the call times out on its own. */
    static void timedLockRequested(Object lock) {
        if (lock instanceof java.util.concurrent.locks.ReentrantReadWriteLock.WriteLock) {
            try {
                LockOrder.upgrade(ThreadState.current(), lock, false);
            } catch (Throwable t) {
                AgentErrors.record(t);
            }
        }
    }

    /** After a {@code tryLock} that took {@code lock}: it could not block, so it orders no other lock. */
    public static void lockTried(Object lock) {
        try {
            if (lock != null) {
                LockModel.acquired(ThreadState.current(), lock, true);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** Before {@code lock.unlock()}. */
    public static void lockReleased(Object lock) {
        try {
            if (lock != null) {
                LockModel.released(ThreadState.current(), lock);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** {@code rwl.readLock()} returned {@code half}. */
    public static void readHalf(Object half, Object parent) {
        if (LockModel.knowsItself(half)) {
            return;
        }
        try {
            LockModel.half(ThreadState.current(), half, parent, false);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** {@code rwl.writeLock()} (or {@code StampedLock.asWriteLock()}) returned {@code half}. */
    public static void writeHalf(Object half, Object parent) {
        if (LockModel.knowsItself(half)) {
            return;
        }
        try {
            LockModel.half(ThreadState.current(), half, parent, true);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** {@code lock.newCondition()} returned {@code condition}. */
    public static void conditionOf(Object condition, Object lock) {
        try {
            LockModel.condition(condition, lock);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** Before {@code condition.await*()}: the lock is released while waiting. */
    public static void beforeAwait(Object condition) {
        if (condition != null) {
            lockReleased(LockModel.lockOf(condition));
        }
    }

    /** After {@code condition.await*()}: the lock was re-acquired. */
    public static void afterAwait(Object condition) {
        if (condition != null) {
            lockAcquired(LockModel.lockOf(condition));
        }
    }

    /** After a StampedLock write lock was taken (writeLock, tryWriteLock, tryConvertToWriteLock). */
    public static void stampedWriteLocked(Object lock) {
        try {
            if (lock != null) {
                ThreadState ts = ThreadState.current();
                LockModel.RwClocks c = LockModel.of(lock);
                c.write.acquire(ts);
                c.read.acquire(ts);
                OptimisticReads.closed(ts);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** After a StampedLock read lock was taken. */
    public static void stampedReadLocked(Object lock) {
        try {
            if (lock != null) {
                ThreadState ts = ThreadState.current();
                LockModel.of(lock).write.acquire(ts);
                OptimisticReads.closed(ts);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /**
     * After {@code tryOptimisticRead()}: map reads until {@code validate} are held back, and judged
     * only if validation fails ({@link OptimisticReads}).
     */
    public static void stampedOptimistic(Object lock) {
        try {
            if (lock != null) {
                ThreadState ts = ThreadState.current();
                LockModel.of(lock).write.acquire(ts);
                OptimisticReads.closed(ts);
                ts.optimisticReads = 1;
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** After {@code validate(stamp)} answered {@code valid}. */
    static void stampedValidated(boolean valid) {
        try {
            OptimisticReads.validated(ThreadState.current(), valid);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** Before {@code unlockWrite(stamp)}. */
    public static void stampedWriteUnlock(Object lock) {
        try {
            if (lock != null) {
                LockModel.of(lock).write.release(ThreadState.current());
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** Before {@code unlockRead(stamp)}. */
    public static void stampedReadUnlock(Object lock) {
        try {
            if (lock != null) {
                LockModel.of(lock).read.release(ThreadState.current());
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }
}
