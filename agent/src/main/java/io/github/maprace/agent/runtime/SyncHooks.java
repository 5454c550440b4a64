package io.github.maprace.agent.runtime;

/**
 * Entry points that instrumented synchronization invokes: monitors ({@code synchronized} blocks
 * and methods, {@code Object.wait}) and thread start/join. Never throw into the caller.
 */
public final class SyncHooks {
    private SyncHooks() {
    }

    /** After a monitor was entered. */
    public static void monitorEnter(Object monitor) {
        try {
            if (monitor != null) {
                SyncClocks.acquire(ThreadState.current(), monitor);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** Before a monitor is exited. */
    public static void monitorExit(Object monitor) {
        try {
            if (monitor != null) {
                SyncClocks.release(ThreadState.current(), monitor);
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
