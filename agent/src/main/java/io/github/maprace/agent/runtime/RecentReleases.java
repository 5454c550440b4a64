package io.github.maprace.agent.runtime;

/**
 * The sync clocks a thread released into, each with the thread's {@link ThreadState#progress()}
 * then, in a small direct-mapped table. Releasing into the same clock again with no progress
 * since (no map access recorded, no clock joined in) would publish nothing new, so the release,
 * its stamp and the other threads' joins of it are skipped: threads that only hand values around
 * concurrent maps and atomics (counters, caches of immutable values) stop paying for clocks.
 * Strong references to clocks, never to the objects they belong to; bounded.
 */
final class RecentReleases {
    private static final int SIZE = 64;
    private final SyncClock[] clocks = new SyncClock[SIZE];
    private final long[] progress = new long[SIZE];

    /** True when this thread released into {@code clock} at {@code now} and has made no progress since. */
    boolean unchangedSince(SyncClock clock, long now) {
        int i = clock.slot & (SIZE - 1);
        return clocks[i] == clock && progress[i] == now;
    }

    void record(SyncClock clock, long now) {
        int i = clock.slot & (SIZE - 1);
        clocks[i] = clock;
        progress[i] = now;
    }
}
