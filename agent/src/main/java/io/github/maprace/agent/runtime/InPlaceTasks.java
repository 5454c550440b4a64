package io.github.maprace.agent.runtime;

/**
 * Executor tasks that cannot be wrapped (they implement more than the functional interfaces, e.g.
 * {@code Comparable} for a priority executor's queue, which would reject a wrapper): tracked by
 * identity. The hand-off releases into the task's start clock, the task's own {@code run}/{@code call}
 * (advised in project classes) acquires it on entry and releases into its done clock (and the
 * executor's) on exit; the future the executor returns carries the done clock. A task whose
 * {@code run} is inherited from a JDK class is not advised, so it stays without these edges.
 */
final class InPlaceTasks {
    private static final class Clocks {
        final SyncClock start = new SyncClock();
        final SyncClock done = new SyncClock();
        volatile SyncClock owner;
    }

    private static final WeakIdentityTable<Clocks> TABLE = new WeakIdentityTable<>();
    private static final WeakIdentityTable.Factory<Clocks> NEW = key -> new Clocks();
    /** Whether any task was handed off in place: until then every advised run() returns at once. */
    private static volatile boolean used;

    private InPlaceTasks() {
    }

    /** The submitting thread hands {@code task} to {@code executor}; returns the task's done clock. */
    static SyncClock handOff(ThreadState ts, Object task, Object executor) {
        used = true;
        Clocks c = TABLE.entryOrCreate(task, NEW).value();
        if (executor != null) {
            c.owner = SyncClocks.of(executor);
        }
        c.start.release(ts);
        return c.done;
    }

    static void started(Object task) {
        if (!used) {
            return;
        }
        WeakIdentityTable.Entry<Clocks> e = TABLE.entry(task);
        if (e != null) {
            e.value().start.acquire(ThreadState.current());
        }
    }

    static void finished(Object task) {
        if (!used) {
            return;
        }
        WeakIdentityTable.Entry<Clocks> e = TABLE.entry(task);
        if (e != null) {
            ThreadState ts = ThreadState.current();
            SyncClock owner = e.value().owner;
            if (owner != null) {
                owner.release(ts);
            }
            e.value().done.release(ts);
        }
    }
}
