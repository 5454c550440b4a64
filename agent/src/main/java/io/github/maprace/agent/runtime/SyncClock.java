package io.github.maprace.agent.runtime;

/**
 * The clock a sync object carries. A release joins the releasing thread's clock in; an acquire
 * joins it (and the clocks it depends on, e.g. the parts of {@code CompletableFuture.allOf})
 * into the acquiring thread's clock.
 */
final class SyncClock {
    private static final int MAX_DEPTH = 16;
    private final VectorClock clock = new VectorClock();
    private volatile SyncClock[] dependencies;
    /** Bumped by every release, so a thread that already joined this version can skip the join. */
    private volatile long version;

    /** The thread that last joined its whole clock in, and how many joins its clock had then. */
    private int fullReleaser = -1;
    private long fullReleaserJoins;

    void release(ThreadState ts) {
        VectorClock c = ts.clock;
        synchronized (this) {
            if (fullReleaser == ts.tid && fullReleaserJoins == c.joins()) {
                // only this thread's own entry moved since it last joined everything in (ThreadSanitizer's
                // fast release): raising that one entry gives the same clock as a full join
                clock.raise(ts.tid, c.get(ts.tid));
            } else {
                clock.join(c);
                fullReleaser = ts.tid;
                fullReleaserJoins = c.joins();
            }
            version++;
        }
        ts.tick();
    }

    void acquire(ThreadState ts) {
        if (dependencies == null && ts.lastAcquired == this && ts.lastAcquiredVersion == version) {
            return; // nothing released since this thread last acquired it (a polling loop, repeated gets)
        }
        long v = version;
        acquireInto(ts.clock, 0);
        ts.lastAcquired = this;
        ts.lastAcquiredVersion = v;
        ts.refreshEpoch();
    }

    private void acquireInto(VectorClock target, int depth) {
        synchronized (this) {
            target.join(clock);
        }
        SyncClock[] deps = dependencies;
        if (deps != null && depth < MAX_DEPTH) {
            for (SyncClock d : deps) {
                d.acquireInto(target, depth + 1);
            }
        }
    }

    /** Makes an acquire of this clock also acquire {@code parts}. */
    void dependOn(SyncClock[] parts) {
        dependencies = parts.clone();
    }
}
