package io.github.maprace.agent.runtime;

/**
 * One number a thread remembers per sync clock, in a small direct-mapped table: at its last
 * release into the clock, its {@link ThreadState#progress()} (a release with no progress since
 * publishes nothing new, so it is skipped, and so are the other threads' joins of it); at its last
 * acquire, the clock's release stamp (an acquire that sees the same stamp joins nothing new).
 * Threads that only hand values around concurrent maps and atomics, poll a flag, or re-enter
 * their own lock stop paying for clocks. Strong references to clocks, never to the objects they
 * belong to; bounded.
 */
final class ClockMarks {
    private static final int SIZE = 64;
    private final SyncClock[] clocks = new SyncClock[SIZE];
    private final long[] marks = new long[SIZE];

    /** True when {@code mark} is what this thread noted for {@code clock}. */
    boolean noted(SyncClock clock, long mark) {
        int i = clock.slot & (SIZE - 1);
        return clocks[i] == clock && marks[i] == mark;
    }

    void note(SyncClock clock, long mark) {
        int i = clock.slot & (SIZE - 1);
        clocks[i] = clock;
        marks[i] = mark;
    }
}
