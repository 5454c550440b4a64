package io.github.maprace.agent.runtime;

/**
 * Entry points for the generic release/acquire of sync objects that instrumented code invokes
 * (latches, barriers, semaphores, phasers, exchangers, atomics, futures, executors): a release
 * runs before the operation that publishes, an acquire after the operation that observes. The
 * other JDK concepts have their own facade: {@link MonitorHooks}, {@link LockHooks},
 * {@link ThreadHooks}, {@link CollectionHooks}, {@link ForkJoinHooks}, {@link ClassInitHooks},
 * {@link FieldHooks}, {@link MapHooks}, {@link Tasks}. None of them throws into the caller.
 */
public final class SyncHooks {
    private SyncHooks() {
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
}
