package io.github.maprace.agent.runtime;

import java.util.concurrent.CountedCompleter;

/**
 * Hooks inlined into the fork/join tasks of parallel streams ({@code java.util.stream}'s
 * {@code CountedCompleter}s) and into {@code ForkJoinTask.invoke()}: one operation's pool workers
 * are ordered after its caller's start and before its return, and stay unordered with each
 * other and with every other operation. The root task of an operation runs in the caller
 * ({@code invoke()} computes it in place), so its first entry publishes the caller's clock; every
 * other task (and the root when a worker runs it again) acquires that on entry and releases into the root's done clock on exit, which the caller
 * acquires when {@code invoke()} returns.
 */
public final class JdkStreams {
    private static final Object START = new Object();
    private static final Object DONE = new Object();

    private JdkStreams() {
    }

    /** On entry to {@code compute()} of a stream task. */
    public static void computeStart(Object task) {
        try {
            if (task instanceof CountedCompleter<?> c) {
                CountedCompleter<?> root = c.getRoot();
                ThreadState ts = ThreadState.current();
                // the root's first compute is the caller's (invoke() computes in place); a stream task
                // may fork itself later (ForEachTask does), and then the root runs on a worker too
                if (root == c && !FieldClocks.exists(root, START)) {
                    FieldClocks.release(ts, root, START);
                } else {
                    FieldClocks.acquire(ts, root, START);
                }
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /**
     * On every exit from {@code compute()} of a stream task, and before a stream task completes
     * (which may complete the root and return the caller's {@code invoke()} before the exit).
     */
    public static void computeEnd(Object task) {
        try {
            if (task instanceof CountedCompleter<?> c && c.getClass().getName().startsWith("java.util.stream.")) {
                FieldClocks.release(ThreadState.current(), c.getRoot(), DONE);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** On return from {@code ForkJoinTask.invoke()}: a stream operation's caller sees its workers. */
    public static void invoked(Object task) {
        try {
            if (task instanceof CountedCompleter<?> c && c.getClass().getName().startsWith("java.util.stream.")) {
                FieldClocks.acquire(ThreadState.current(), c.getRoot(), DONE);
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }
}
