package io.github.maprace.agent.runtime;

/**
 * Hooks inlined into {@code java.lang.Thread} and {@code InterruptedException}, so thread edges
 * hold wherever the thread is started, joined or interrupted: a pool worker started inside the
 * JDK, a test framework's timeout thread, a library's background thread.
 *
 * <p>Interrupts: {@code interrupt()} releases into the target's interrupt clock; the target
 * acquires it when it sees the interrupt ({@code isInterrupted()} or {@code interrupted()}
 * answering true, or an {@code InterruptedException} created in it), as the JLS orders an
 * interrupt before the point where the interrupted thread detects it.
 */
public final class JdkThreads {
    private static final WeakIdentityTable<SyncClock> INTERRUPTS = new WeakIdentityTable<>();
    private static final WeakIdentityTable.Factory<SyncClock> NEW_CLOCK = key -> new SyncClock();

    private JdkThreads() {
    }

    /** On entry to {@code Thread.start()}. */
    public static void starting(Thread thread) {
        try {
            ThreadLifecycle.beforeStart(thread);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** On a normal return from {@code Thread.join(..)}: a terminated thread is ordered before the joiner. */
    public static void joined(Thread thread) {
        try {
            ThreadLifecycle.afterTermination(thread);
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** On entry to {@code Thread.interrupt()}. */
    public static void interrupting(Thread target) {
        try {
            if (target != null) {
                INTERRUPTS.entryOrCreate(target, NEW_CLOCK).value().release(ThreadState.current());
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }

    /** After {@code isInterrupted()}/{@code interrupted()} answered {@code seen} about {@code target}. */
    public static void interruptSeen(Thread target, boolean seen) {
        if (seen) {
            interruptObserved(target);
        }
    }

    /** An {@code InterruptedException} was created: the current thread learnt it was interrupted. */
    public static void interruptedException() {
        interruptObserved(Thread.currentThread());
    }

    private static void interruptObserved(Thread target) {
        try {
            WeakIdentityTable.Entry<SyncClock> e = INTERRUPTS.entry(target);
            if (e != null) {
                e.value().acquire(ThreadState.current());
            }
        } catch (Throwable t) {
            AgentErrors.record(t);
        }
    }
}
