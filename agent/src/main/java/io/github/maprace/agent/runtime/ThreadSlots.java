package io.github.maprace.agent.runtime;

/**
 * The vector-clock slots of threads that ended and were joined, for reuse by threads started
 * later, so that clocks stay as wide as the threads alive at once rather than every thread ever
 * started (ThreadSanitizer recycles its slots too).
 *
 * <p>Reuse is sound only for a child that happens after the old thread's end: the parent that
 * starts it must have seen the old thread's last clock value ({@code parent[slot] >= last}), e.g.
 * by joining it. The child then continues the slot's clock above that value, so every epoch the
 * old thread left in a shadow is covered by the child's clock (the child is ordered after those
 * accesses, as it truly is) and by nobody else's that was not ordered after them before. Release
 * stamps continue too, so no two releases share one.
 */
final class ThreadSlots {
    /** Free slots kept at most; older ones are forgotten (their threads stay unreused). */
    private static final int CAPACITY = 256;
    private static final Object LOCK = new Object();
    private static final int[] SLOTS = new int[CAPACITY];
    private static final int[] LAST_CLOCKS = new int[CAPACITY];
    private static final long[] RELEASES = new long[CAPACITY];
    private static int size;

    /** A slot taken for reuse: the index and the release count its previous thread reached. */
    record Reused(int tid, long releases) {
    }

    private ThreadSlots() {
    }

    /** A thread that ended and was joined gives its slot back (once). */
    static void free(ThreadState ended) {
        if (!ended.markFreed()) {
            return;
        }
        synchronized (LOCK) {
            if (size == CAPACITY) {
                // forget the oldest: the newest are the ones a parent that just joined can reuse
                System.arraycopy(SLOTS, 1, SLOTS, 0, CAPACITY - 1);
                System.arraycopy(LAST_CLOCKS, 1, LAST_CLOCKS, 0, CAPACITY - 1);
                System.arraycopy(RELEASES, 1, RELEASES, 0, CAPACITY - 1);
                size--;
            }
            SLOTS[size] = ended.tid;
            LAST_CLOCKS[size] = ended.clock.get(ended.tid);
            RELEASES[size] = ended.releases();
            size++;
        }
    }

    /** A free slot whose previous thread's end the child's start clock covers, newest first, or null. */
    static Reused take(VectorClock startClock) {
        synchronized (LOCK) {
            for (int i = size - 1; i >= 0; i--) {
                if (startClock.get(SLOTS[i]) >= LAST_CLOCKS[i]) {
                    Reused r = new Reused(SLOTS[i], RELEASES[i]);
                    System.arraycopy(SLOTS, i + 1, SLOTS, i, size - i - 1);
                    System.arraycopy(LAST_CLOCKS, i + 1, LAST_CLOCKS, i, size - i - 1);
                    System.arraycopy(RELEASES, i + 1, RELEASES, i, size - i - 1);
                    size--;
                    return r;
                }
            }
            return null;
        }
    }
}
