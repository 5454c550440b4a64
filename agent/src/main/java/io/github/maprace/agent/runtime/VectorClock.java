package io.github.maprace.agent.runtime;

import java.util.Arrays;

/**
 * A vector clock indexed by dense thread index. Not thread-safe: each instance is owned by one
 * thread ({@link ThreadState}) or guarded by the lock of the sync object that carries it.
 */
final class VectorClock {
    private int[] clocks;
    /** One past the highest entry ever set: joins stop there instead of at the array's end. */
    private int used;
    /** Bumped when a join changed an entry; ticks of the owner's own entry do not count. */
    private long joins;

    /** An all-zero clock. */
    public VectorClock() {
        this.clocks = new int[8];
    }

    private VectorClock(int[] clocks, int used) {
        this.clocks = clocks;
        this.used = used;
    }

    /** The entry of thread {@code tid} (0 when never set). */
    public int get(int tid) {
        return tid < clocks.length ? clocks[tid] : 0;
    }

    /** Sets the entry of thread {@code tid}. */
    public void set(int tid, int value) {
        ensure(tid);
        clocks[tid] = value;
        if (tid >= used) {
            used = tid + 1;
        }
    }

    /** Increments the entry of thread {@code tid}. */
    public void tick(int tid) {
        ensure(tid);
        clocks[tid]++;
        if (tid >= used) {
            used = tid + 1;
        }
    }

    /** Pointwise maximum with {@code other}, in place. */
    public void join(VectorClock other) {
        int n = other.used;
        if (n == 0) {
            return;
        }
        int[] o = other.clocks;
        ensure(n - 1);
        int[] c = clocks;
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            if (o[i] > c[i]) {
                c[i] = o[i];
                changed = true;
            }
        }
        if (n > used) {
            used = n;
        }
        if (changed) {
            joins++;
        }
    }

    /**
     * Pointwise maximum with {@code part}, the entries of threads {@code base} to
     * {@code base + part.length - 1}, read plainly (the caller's own synchronization orders them).
     */
    void join(int[] part, int base) {
        int top = part.length;
        while (top > 0 && part[top - 1] == 0) {
            top--;
        }
        if (top == 0) {
            return;
        }
        ensure(base + top - 1);
        int[] c = clocks;
        boolean changed = false;
        for (int i = 0; i < top; i++) {
            int v = part[i];
            if (v > c[base + i]) {
                c[base + i] = v;
                changed = true;
            }
        }
        if (base + top > used) {
            used = base + top;
        }
        if (changed) {
            joins++;
        }
    }

    /** The backing array, valid up to {@link #used()}; for lock-free joins into a sync clock. */
    int[] entries() {
        return clocks;
    }

    /** One past the highest entry ever set. */
    int used() {
        return used;
    }

    /** How many joins changed this clock; unchanged means only the owner's entry moved since. */
    public long joins() {
        return joins;
    }

    /** A copy of this clock. */
    public VectorClock copy() {
        return new VectorClock(Arrays.copyOf(clocks, Math.max(used, 1)), used);
    }

    /** True when the epoch {@code clock@tid} happens before (or is) this clock. */
    public boolean covers(long epoch) {
        return Epoch.clock(epoch) <= get(Epoch.tid(epoch));
    }

    private void ensure(int tid) {
        if (tid >= clocks.length) {
            // round up to a multiple of 8, never past what is needed: doubling would let two clocks that
            // join each other grow each other without bound
            clocks = Arrays.copyOf(clocks, (tid + 8) & ~7);
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(clocks);
    }
}
