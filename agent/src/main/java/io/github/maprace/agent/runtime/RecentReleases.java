package io.github.maprace.agent.runtime;

/**
 * The sync clocks a thread released into last, each with the thread's {@link ThreadState#progress()}
 * then. Releasing into the same clock again with no progress since (no map access recorded, no
 * clock joined in) would publish nothing new, so the release, its tick and the other threads'
 * joins of it are skipped: threads that only hand values around a concurrent map (counters,
 * caches of immutable values) stop paying for clocks. Strong references to clocks, never to the
 * objects they belong to; bounded, overwritten round-robin.
 */
final class RecentReleases {
    private static final int SIZE = 8;
    private final SyncClock[] clocks = new SyncClock[SIZE];
    private final long[] progress = new long[SIZE];
    private int next;

    /** True when this thread released into {@code clock} at {@code now} and has made no progress since. */
    boolean unchangedSince(SyncClock clock, long now) {
        SyncClock[] c = clocks;
        for (int i = 0; i < SIZE; i++) {
            if (c[i] == clock) {
                return progress[i] == now;
            }
        }
        return false;
    }

    void record(SyncClock clock, long now) {
        SyncClock[] c = clocks;
        for (int i = 0; i < SIZE; i++) {
            if (c[i] == clock) {
                progress[i] = now;
                return;
            }
        }
        c[next] = clock;
        progress[next] = now;
        next = (next + 1) & (SIZE - 1);
    }
}
