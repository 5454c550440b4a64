package io.github.maprace.agent.runtime;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Exchanger;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TransferQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

/**
 * Bridges for synchronization calls whose receiver the call-site rewriter cannot reach with stack
 * shuffles (timed variants and other calls with more than two argument slots) or whose effect
 * depends on an argument. Each has the name of the method it replaces and takes the receiver
 * first; the rewriter finds them by reflection, so adding a bridge here is all it takes.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class ConcurrencyBridges {
    private ConcurrencyBridges() {
    }

    public static boolean tryLock(Lock lock, long time, TimeUnit unit) throws InterruptedException {
        LockHooks.timedLockRequested(lock);
        boolean ok = lock.tryLock(time, unit);
        if (ok) {
            LockHooks.lockTried(lock);
        }
        return ok;
    }

    /** Only a {@code tryLock()} that answered true took the lock. */
    public static boolean tryLock(Lock lock) {
        boolean ok = lock.tryLock();
        if (ok) {
            LockHooks.lockTried(lock);
        }
        return ok;
    }

    public static boolean await(Condition c, long time, TimeUnit unit) throws InterruptedException {
        LockHooks.beforeAwait(c);
        try {
            return c.await(time, unit);
        } finally {
            LockHooks.afterAwait(c);
        }
    }

    /** {@code lock.validate(stamp)}: the optimistic window's reads are judged when it fails. */
    public static boolean validate(StampedLock lock, long stamp) {
        boolean valid = lock.validate(stamp);
        LockHooks.stampedValidated(valid);
        return valid;
    }

    public static void unlock(StampedLock lock, long stamp) {
        try {
            LockModel.stampReleased(ThreadState.current(), lock, stamp);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
        lock.unlock(stamp);
    }

    public static long tryWriteLock(StampedLock lock, long time, TimeUnit unit) throws InterruptedException {
        long stamp = lock.tryWriteLock(time, unit);
        if (stamp != 0) {
            LockHooks.stampedWriteLocked(lock);
        }
        return stamp;
    }

    public static long tryReadLock(StampedLock lock, long time, TimeUnit unit) throws InterruptedException {
        long stamp = lock.tryReadLock(time, unit);
        if (stamp != 0) {
            LockHooks.stampedReadLocked(lock);
        }
        return stamp;
    }

    public static boolean await(CountDownLatch latch, long time, TimeUnit unit) throws InterruptedException {
        boolean ok = latch.await(time, unit);
        SyncHooks.acquire(latch);
        return ok;
    }

    public static int await(CyclicBarrier barrier, long time, TimeUnit unit)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        SyncHooks.release(barrier);
        try {
            return barrier.await(time, unit);
        } finally {
            SyncHooks.acquire(barrier);
        }
    }

    public static boolean tryAcquire(Semaphore s, long time, TimeUnit unit) throws InterruptedException {
        boolean ok = s.tryAcquire(time, unit);
        if (ok) {
            SyncHooks.acquire(s);
        }
        return ok;
    }

    public static boolean tryAcquire(Semaphore s, int permits, long time, TimeUnit unit) throws InterruptedException {
        boolean ok = s.tryAcquire(permits, time, unit);
        if (ok) {
            SyncHooks.acquire(s);
        }
        return ok;
    }

    public static int awaitAdvanceInterruptibly(Phaser p, int phase, long time, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        int next = p.awaitAdvanceInterruptibly(phase, time, unit);
        SyncHooks.acquire(p);
        return next;
    }

    public static Object exchange(Exchanger e, Object x, long time, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        SyncHooks.release(e);
        try {
            return e.exchange(x, time, unit);
        } finally {
            SyncHooks.acquire(e);
        }
    }

    public static boolean offer(BlockingQueue q, Object e, long time, TimeUnit unit) throws InterruptedException {
        CollectionHooks.queueRelease(q);
        return q.offer(e, time, unit);
    }

    public static Object poll(BlockingQueue q, long time, TimeUnit unit) throws InterruptedException {
        Object e = q.poll(time, unit);
        CollectionHooks.queueAcquire(q);
        return e;
    }

    public static boolean offerFirst(BlockingDeque q, Object e, long time, TimeUnit unit) throws InterruptedException {
        CollectionHooks.queueRelease(q);
        return q.offerFirst(e, time, unit);
    }

    public static boolean offerLast(BlockingDeque q, Object e, long time, TimeUnit unit) throws InterruptedException {
        CollectionHooks.queueRelease(q);
        return q.offerLast(e, time, unit);
    }

    public static Object pollFirst(BlockingDeque q, long time, TimeUnit unit) throws InterruptedException {
        Object e = q.pollFirst(time, unit);
        CollectionHooks.queueAcquire(q);
        return e;
    }

    public static Object pollLast(BlockingDeque q, long time, TimeUnit unit) throws InterruptedException {
        Object e = q.pollLast(time, unit);
        CollectionHooks.queueAcquire(q);
        return e;
    }

    public static boolean tryTransfer(TransferQueue q, Object e, long time, TimeUnit unit) throws InterruptedException {
        CollectionHooks.queueRelease(q);
        return q.tryTransfer(e, time, unit);
    }

    public static Object get(Future f, long time, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return f.get(time, unit);
        } finally {
            SyncHooks.acquire(f);
        }
    }

    public static boolean awaitTermination(ExecutorService ex, long time, TimeUnit unit) throws InterruptedException {
        boolean done = ex.awaitTermination(time, unit);
        SyncHooks.acquire(ex);
        return done;
    }

    public static Future submit(ExecutorService ex, Runnable task, Object result) {
        Runnable w = Tasks.handOff(task, ex);
        Future f = ex.submit(w, result);
        bindIfWrapped(task, w, f);
        return f;
    }

    public static List invokeAll(ExecutorService ex, Collection tasks, long time, TimeUnit unit)
            throws InterruptedException {
        Collection wrapped = Tasks.all(tasks, ex);
        List futures = ex.invokeAll(wrapped, time, unit);
        Tasks.bindAll(futures);
        return futures;
    }

    public static Object invokeAny(ExecutorService ex, Collection tasks, long time, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        Collection wrapped = Tasks.all(tasks, ex);
        Object result = ex.invokeAny(wrapped, time, unit);
        Tasks.anyDone(result);
        return result;
    }

    public static ScheduledFuture schedule(ScheduledExecutorService ex, Runnable task, long delay, TimeUnit unit) {
        Runnable w = Tasks.handOff(task, ex);
        ScheduledFuture f = ex.schedule(w, delay, unit);
        bindIfWrapped(task, w, f);
        return f;
    }

    public static ScheduledFuture schedule(ScheduledExecutorService ex, Callable task, long delay, TimeUnit unit) {
        Callable w = Tasks.handOff(task, ex);
        ScheduledFuture f = ex.schedule(w, delay, unit);
        bindIfWrapped(task, w, f);
        return f;
    }

    public static ScheduledFuture scheduleAtFixedRate(ScheduledExecutorService ex, Runnable task, long initialDelay,
                                                      long period, TimeUnit unit) {
        Runnable w = Tasks.handOff(task, ex);
        ScheduledFuture f = ex.scheduleAtFixedRate(w, initialDelay, period, unit);
        bindIfWrapped(task, w, f);
        return f;
    }

    public static ScheduledFuture scheduleWithFixedDelay(ScheduledExecutorService ex, Runnable task,
                                                         long initialDelay, long delay, TimeUnit unit) {
        Runnable w = Tasks.handOff(task, ex);
        ScheduledFuture f = ex.scheduleWithFixedDelay(w, initialDelay, delay, unit);
        bindIfWrapped(task, w, f);
        return f;
    }

    public static boolean compareAndSet(java.util.concurrent.atomic.AtomicLong a, long expect, long update) {
        SyncHooks.release(a);
        try {
            return a.compareAndSet(expect, update);
        } finally {
            SyncHooks.acquire(a);
        }
    }

    public static long accumulateAndGet(java.util.concurrent.atomic.AtomicLong a, long x,
                                        java.util.function.LongBinaryOperator f) {
        SyncHooks.release(a);
        try {
            return a.accumulateAndGet(x, AtomicCallbacks.longBinary(f, a));
        } finally {
            SyncHooks.acquire(a);
        }
    }

    public static long getAndAccumulate(java.util.concurrent.atomic.AtomicLong a, long x,
                                        java.util.function.LongBinaryOperator f) {
        SyncHooks.release(a);
        try {
            return a.getAndAccumulate(x, AtomicCallbacks.longBinary(f, a));
        } finally {
            SyncHooks.acquire(a);
        }
    }

    public static boolean compareAndSet(java.util.concurrent.atomic.AtomicIntegerArray a, int i, int expect,
                                        int update) {
        SyncHooks.release(a);
        try {
            return a.compareAndSet(i, expect, update);
        } finally {
            SyncHooks.acquire(a);
        }
    }

    public static boolean compareAndSet(java.util.concurrent.atomic.AtomicReferenceArray a, int i, Object expect,
                                        Object update) {
        SyncHooks.release(a);
        try {
            return a.compareAndSet(i, expect, update);
        } finally {
            SyncHooks.acquire(a);
        }
    }

    public static void set(java.util.concurrent.atomic.AtomicReferenceArray a, int i, Object value) {
        SyncHooks.release(a);
        a.set(i, value);
    }

    public static void set(java.util.concurrent.atomic.AtomicLongArray a, int i, long value) {
        SyncHooks.release(a);
        a.set(i, value);
    }

    public static boolean compareAndSet(java.util.concurrent.atomic.AtomicStampedReference a, Object expect,
                                        Object update, int expectedStamp, int newStamp) {
        SyncHooks.release(a);
        try {
            return a.compareAndSet(expect, update, expectedStamp, newStamp);
        } finally {
            SyncHooks.acquire(a);
        }
    }

    private static void bindIfWrapped(Object task, Object wrapped, Object future) {
        if (wrapped != task) {
            Tasks.bind(future);
        }
    }
}
