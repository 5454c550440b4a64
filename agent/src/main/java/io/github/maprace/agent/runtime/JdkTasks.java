package io.github.maprace.agent.runtime;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/**
 * Hooks inlined into the JDK's task machinery ({@code FutureTask}, {@code ThreadPoolExecutor},
 * {@code ScheduledThreadPoolExecutor}, {@code java.util.Timer}), so hand-offs are ordered
 * wherever they are made: by a library or test framework the agent does not rewrite, by the JDK
 * itself (a completion service's futures), or between the runs of a periodic task on different
 * pool threads.
 *
 * <p>A task object carries one clock: handing it to a pool releases into it, a worker acquires it
 * before running the task and releases into it (and into the pool's clock, which
 * {@code awaitTermination} acquires) after; a {@code FutureTask} releases into it when it
 * completes and {@code get} acquires it.
 */
public final class JdkTasks {
    private JdkTasks() {
    }

    /** On entry to {@code ThreadPoolExecutor.execute}, {@code ScheduledThreadPoolExecutor}'s (re)queueing. */
    public static void handedOff(Object task) {
        SyncHooks.release(task);
    }

    /** On entry to {@code ThreadPoolExecutor.beforeExecute}: the worker is about to run {@code task}. */
    public static void running(Object task) {
        SyncHooks.acquire(task);
    }

    /** On entry to {@code ThreadPoolExecutor.afterExecute}: {@code task} ran on {@code pool}. */
    public static void ran(Object pool, Object task) {
        SyncHooks.release(task);
        SyncHooks.release(pool);
    }

    /** On entry to {@code FutureTask.set}/{@code setException}: the result is published. */
    public static void completing(Object future) {
        SyncHooks.release(future);
    }

    /**
     * On return from {@code FutureTask.get}: a result or the task's exception was observed; a
     * timeout or an interrupt observed nothing.
     */
    public static void gotten(Object future, Throwable thrown) {
        if (thrown == null || thrown instanceof ExecutionException || thrown instanceof CancellationException) {
            SyncHooks.acquire(future);
        }
    }

    /** On return from {@code awaitTermination} (true) or {@code isTerminated} (true) of a pool. */
    public static void terminated(Object pool, boolean done) {
        if (done) {
            SyncHooks.acquire(pool);
        }
    }

    /** On entry to {@code Timer}'s scheduling: the task's own {@code run()} acquires (see {@link InPlaceTasks}). */
    public static void timerTask(Object task) {
        try {
            if (task != null) {
                InPlaceTasks.handOff(ThreadState.current(), task, null);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }
}
