package io.github.maprace.agent.runtime;

/**
 * Entry points for monitors: {@code synchronized} blocks and methods (entry acquires, exit
 * releases) and {@code Object.wait}, which releases the monitor while waiting. None of them
 * throws into the caller.
 */
public final class MonitorHooks {
    private MonitorHooks() {
    }

    /** After a monitor was entered. */
    public static void monitorEnter(Object monitor) {
        try {
            if (monitor != null) {
                ThreadState ts = ThreadState.current();
                SyncClocks.acquireExclusive(ts, monitor);
                LockOrder.acquired(ts, monitor, monitor, false, false, -1);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** Before a monitor is exited. */
    public static void monitorExit(Object monitor) {
        try {
            if (monitor != null) {
                ThreadState ts = ThreadState.current();
                LockOrder.released(ts, monitor);
                SyncClocks.release(ts, monitor);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
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
