package io.github.maprace.agent.runtime;

import java.util.concurrent.BlockingQueue;

/**
 * Entry points that instrumented synchronization invokes: monitors, thread start/join,
 * {@code Object.wait}, and the generic release/acquire of {@code java.util.concurrent} objects
 * (locks, latches, barriers, semaphores, phasers, exchangers, queues, atomics, futures,
 * executors). A release runs before the operation that publishes, an acquire after the
 * operation that observes. None of them throws into the caller.
 */
public final class SyncHooks {
    private static final ClassValue<Boolean> CONCURRENT_QUEUE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return BlockingQueue.class.isAssignableFrom(type)
                    || java.util.concurrent.ConcurrentLinkedQueue.class.isAssignableFrom(type)
                    || java.util.concurrent.ConcurrentLinkedDeque.class.isAssignableFrom(type);
        }
    };

    /** Every {@code Collections.synchronizedCollection/Set/List/...} wrapper extends this JDK class. */
    private static final Class<?> SYNCHRONIZED_COLLECTION = jdkClass("java.util.Collections$SynchronizedCollection");

    private static Class<?> jdkClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return Void.class; // matches nothing
        }
    }

    private SyncHooks() {
    }

    /** True for a set or list whose calls synchronize (concurrent or synchronized). */
    static boolean isConcurrentCollection(Object c) {
        // constant-class subtype checks, which the JIT makes a few loads each: no ClassValue lookup on
        // every List and Set call of the project
        return c instanceof java.util.concurrent.CopyOnWriteArrayList
                || c instanceof java.util.concurrent.CopyOnWriteArraySet
                || c instanceof java.util.concurrent.ConcurrentSkipListSet
                || c instanceof java.util.concurrent.ConcurrentHashMap.KeySetView
                || c instanceof java.util.Vector // and Stack: every method synchronized, a legacy hand-off
                || SYNCHRONIZED_COLLECTION.isInstance(c);
    }

    /**
     * Before a write to a collection: a concurrent or synchronized set or list publishes what the
     * writer did before (a {@code ConcurrentHashMap.newKeySet()} of finished jobs, a
     * {@code CopyOnWriteArrayList} of listeners); any other collection is left alone.
     */
    public static void collectionRelease(Object collection) {
        try {
            if (collection != null && isConcurrentCollection(collection)) {
                SyncClocks.release(ThreadState.current(), collection);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** After a read of a collection: the reader of a concurrent or synchronized set or list sees its writers. */
    public static void collectionAcquire(Object collection) {
        try {
            if (collection != null && isConcurrentCollection(collection)) {
                SyncClocks.acquire(ThreadState.current(), collection);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** After a monitor was entered. */
    public static void monitorEnter(Object monitor) {
        acquire(monitor);
    }

    /** Before a monitor is exited. */
    public static void monitorExit(Object monitor) {
        release(monitor);
    }

    /** Before an operation that publishes through {@code sync}. */
    public static void release(Object sync) {
        try {
            if (sync != null) {
                SyncClocks.release(ThreadState.current(), sync);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** After an operation that observes through {@code sync}. */
    public static void acquire(Object sync) {
        try {
            if (sync != null) {
                SyncClocks.acquire(ThreadState.current(), sync);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /**
     * Before {@code latch.countDown()}: only a count-down that finds the latch closed publishes; once
     * it is open, waiters pass without looking at later count-downs.
     */
    public static void latchCountDown(Object latch) {
        try {
            if (latch instanceof java.util.concurrent.CountDownLatch l && l.getCount() > 0) {
                SyncClocks.release(ThreadState.current(), latch);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** Before a read-modify-write whose result the rewriter cannot wait for (field updaters). */
    public static void releaseAcquire(Object sync) {
        acquire(sync);
        release(sync);
    }

    /** Before an offer to a queue: only concurrent queues order producer and consumer. */
    public static void queueRelease(Object queue) {
        if (queue != null && CONCURRENT_QUEUE.get(queue.getClass())) {
            release(queue);
        }
    }

    /** After a take from a queue. */
    public static void queueAcquire(Object queue) {
        if (queue != null && CONCURRENT_QUEUE.get(queue.getClass())) {
            acquire(queue);
        }
    }

    /** After {@code lock.lock()} and friends (a read or write half, or a plain lock). */
    public static void lockAcquired(Object lock) {
        try {
            if (lock != null) {
                LockModel.acquired(ThreadState.current(), lock);
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
        try {
            LockModel.half(half, parent, false);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** {@code rwl.writeLock()} (or {@code StampedLock.asWriteLock()}) returned {@code half}. */
    public static void writeHalf(Object half, Object parent) {
        try {
            LockModel.half(half, parent, true);
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

    /** Before {@code thread.start()}; receives any object, since the call's owner may be a subclass. */
    public static void beforeStart(Object thread) {
        try {
            if (thread instanceof Thread t) {
                ThreadLifecycle.beforeStart(t);
            }
        } catch (Throwable e) {
            AgentErrors.record(e);
        }
    }

    /** After {@code thread.join()} or {@code thread.isAlive()} returned. */
    public static void afterJoin(Object thread) {
        try {
            if (thread instanceof Thread t) {
                ThreadLifecycle.afterTermination(t);
            }
        } catch (Throwable e) {
            AgentErrors.record(e);
        }
    }

    /** Before {@code ForkJoinTask.invokeAll(a, b)}. */
    public static void releaseBoth(Object a, Object b) {
        release(a);
        release(b);
    }

    /** After {@code ForkJoinTask.invokeAll(a, b)}. */
    public static void acquireBoth(Object a, Object b) {
        acquire(a);
        acquire(b);
    }

    /** Before {@code ForkJoinTask.invokeAll(tasks)} (an array or a collection). */
    public static void releaseEach(Object tasks) {
        try {
            for (Object t : elements(tasks)) {
                release(t);
            }
        } catch (Throwable e) {
            AgentErrors.record(e);
        }
    }

    /** After {@code ForkJoinTask.invokeAll(tasks)}. */
    public static void acquireEach(Object tasks) {
        try {
            for (Object t : elements(tasks)) {
                acquire(t);
            }
        } catch (Throwable e) {
            AgentErrors.record(e);
        }
    }

    private static Iterable<?> elements(Object tasks) {
        if (tasks instanceof Object[] array) {
            return java.util.Arrays.asList(array);
        }
        if (tasks instanceof java.util.Collection<?> c) {
            return new java.util.ArrayList<>(c);
        }
        return java.util.List.of();
    }

    /** Entering {@code compute()} of a ForkJoinTask: it starts after its fork. */
    public static void computeStart(Object task) {
        acquire(task);
    }

    /** Leaving {@code compute()}: the task's work happens before its join. */
    public static void computeEnd(Object task) {
        release(task);
    }

    /** Entering a class initializer: its accesses are ordered before every use of the class. */
    public static void classInitStart() {
        try {
            ThreadState.current().ignoreDepth++;
        } catch (Throwable e) {
            AgentErrors.record(e);
        }
    }

    /** Leaving a class initializer. */
    public static void classInitEnd() {
        try {
            ThreadState ts = ThreadState.current();
            if (ts.ignoreDepth > 0) {
                ts.ignoreDepth--;
            }
        } catch (Throwable e) {
            AgentErrors.record(e);
        }
    }

    /** Bridge for {@code thread.join(millis)}. */
    public static void join(Thread thread, long millis) throws InterruptedException {
        thread.join(millis);
        afterJoin(thread);
    }

    /** Bridge for {@code thread.join(millis, nanos)}. */
    public static void join(Thread thread, long millis, int nanos) throws InterruptedException {
        thread.join(millis, nanos);
        afterJoin(thread);
    }

    /** Bridge for {@code monitor.wait()}: the monitor is released while waiting and re-acquired. */
    public static void waitOn(Object monitor) throws InterruptedException {
        monitorExit(monitor);
        try {
            monitor.wait();
        } finally {
            monitorEnter(monitor);
        }
    }

    /** Bridge for {@code monitor.wait(millis)}. */
    public static void waitOn(Object monitor, long millis) throws InterruptedException {
        monitorExit(monitor);
        try {
            monitor.wait(millis);
        } finally {
            monitorEnter(monitor);
        }
    }

    /** Bridge for {@code monitor.wait(millis, nanos)}. */
    public static void waitOn(Object monitor, long millis, int nanos) throws InterruptedException {
        monitorExit(monitor);
        try {
            monitor.wait(millis, nanos);
        } finally {
            monitorEnter(monitor);
        }
    }
}
