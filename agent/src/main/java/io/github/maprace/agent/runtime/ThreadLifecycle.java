package io.github.maprace.agent.runtime;

/**
 * Thread start and join edges: what the parent did before {@code start()} happens before
 * everything the child does, and everything a terminated thread did happens before the return
 * of {@code join()} (or an {@code isAlive()} that answers false).
 */
final class ThreadLifecycle {
    private static final WeakIdentityTable<VectorClock> START_CLOCKS = new WeakIdentityTable<>();

    private ThreadLifecycle() {
    }

    /** Called by the parent just before {@code child.start()}. */
    public static void beforeStart(Thread child) {
        ThreadState parent = ThreadState.current();
        START_CLOCKS.put(child, parent.clock.copy());
        parent.tick();
        ThreadLeaks.starting(child);
    }

    /** The clock the child inherits, removed on first use, or {@code null}. */
    static VectorClock takeStartClock(Thread child) {
        return START_CLOCKS.remove(child);
    }

    /** Called after {@code child.join()} returned or {@code child.isAlive()} answered false. */
    public static void afterTermination(Thread child) {
        if (child.isAlive()) {
            return; // a timed join that timed out orders nothing
        }
        ThreadState ended = ThreadState.of(child);
        if (ended == null) {
            return;
        }
        ThreadState me = ThreadState.current();
        me.clock.join(ended.clock);
        me.refreshEpoch();
        // this thread now covers the ended thread's last epoch: a child it starts can take the slot
        ThreadSlots.free(ended);
    }
}
