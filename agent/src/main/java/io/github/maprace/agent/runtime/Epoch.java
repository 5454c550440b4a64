package io.github.maprace.agent.runtime;

/**
 * FastTrack's epoch {@code clock@tid} packed into a long, so a shadow field comparison is one
 * {@code long} compare. {@link #NONE} (0) means "no access yet": clock 0 is never a real epoch
 * because every thread starts at clock 1.
 */
final class Epoch {
    /** No access recorded. */
    public static final long NONE = 0L;

    private Epoch() {
    }

    /** Packs thread index and clock. */
    public static long of(int tid, int clock) {
        return ((long) tid << 32) | (clock & 0xffffffffL);
    }

    /** The thread index of an epoch. */
    public static int tid(long epoch) {
        return (int) (epoch >>> 32);
    }

    /** The clock value of an epoch. */
    public static int clock(long epoch) {
        return (int) epoch;
    }
}
