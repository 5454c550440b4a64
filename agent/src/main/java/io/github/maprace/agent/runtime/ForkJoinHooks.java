package io.github.maprace.agent.runtime;

/**
 * Entry points for fork/join tasks: {@code invokeAll} over two tasks or a collection, and the
 * {@code compute()} of project task classes. None of them throws into the caller.
 */
public final class ForkJoinHooks {
    private ForkJoinHooks() {
    }

    /** Before {@code ForkJoinTask.invokeAll(a, b)}. */
    public static void releaseBoth(Object a, Object b) {
        SyncHooks.release(a);
        SyncHooks.release(b);
    }

    /** After {@code ForkJoinTask.invokeAll(a, b)}. */
    public static void acquireBoth(Object a, Object b) {
        SyncHooks.acquire(a);
        SyncHooks.acquire(b);
    }

    /** Before {@code ForkJoinTask.invokeAll(tasks)} (an array or a collection). */
    public static void releaseEach(Object tasks) {
        try {
            for (Object t : elements(tasks)) {
                SyncHooks.release(t);
            }
        } catch (Throwable e) {
            AgentErrors.record(e);
        }
    }

    /** After {@code ForkJoinTask.invokeAll(tasks)}. */
    public static void acquireEach(Object tasks) {
        try {
            for (Object t : elements(tasks)) {
                SyncHooks.acquire(t);
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
        SyncHooks.acquire(task);
    }

    /** Leaving {@code compute()}: the task's work happens before its join. */
    public static void computeEnd(Object task) {
        SyncHooks.release(task);
    }
}
