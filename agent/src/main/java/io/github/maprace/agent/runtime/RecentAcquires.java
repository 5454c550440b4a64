package io.github.maprace.agent.runtime;

/**
 * The sync clocks a thread acquired, each with the release stamp it saw, in a small
 * direct-mapped table: acquiring a clock again whose stamp has not changed joins nothing new and
 * is skipped (a polling loop, repeated reads of a concurrent map, a map's whole-map clock next
 * to a key stripe's). Strong references to clocks, never to the objects they belong to; bounded.
 */
final class RecentAcquires {
    private static final int SIZE = 64;
    private final SyncClock[] clocks = new SyncClock[SIZE];
    private final long[] stamps = new long[SIZE];

    /** True when this thread acquired {@code clock} when its stamp was {@code stamp}. */
    boolean saw(SyncClock clock, long stamp) {
        int i = clock.slot & (SIZE - 1);
        return clocks[i] == clock && stamps[i] == stamp;
    }

    void record(SyncClock clock, long stamp) {
        int i = clock.slot & (SIZE - 1);
        clocks[i] = clock;
        stamps[i] = stamp;
    }
}
