package io.github.maprace.agent.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The clock a sync object carries. A release joins the releasing thread's clock in; an acquire
 * joins it (and the clocks it depends on, e.g. the parts of {@code CompletableFuture.allOf})
 * into the acquiring thread's clock.
 *
 * <p>Lock-free: entries only grow, so a release raises each entry with a compare-and-set and an
 * acquire reads them plainly. A monitor here would serialize the very threads whose concurrency
 * is being observed (every write to a shared {@code ConcurrentHashMap} is a release). An acquire
 * cannot miss a release it is really ordered after: the release hook runs before the program's
 * releasing action and the acquire hook after the acquiring one, so the program's own
 * synchronization publishes the entries.
 */
final class SyncClock {
    private static final int MAX_DEPTH = 16;
    private static final int CHUNK_BITS = 4;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(int[].class);
    private static final VarHandle VERSION;

    static {
        try {
            VERSION = MethodHandles.lookup().findVarHandle(SyncClock.class, "version", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger CREATED = new java.util.concurrent.atomic.AtomicInteger();
    /** Spreads clocks over the threads' small per-clock tables ({@link ClockMarks}). */
    final int slot = CREATED.getAndIncrement() * 0x9E3779B1 >>> 16;

    /** Entries in chunks of {@value #CHUNK} threads; the outer array is copied on growth, never changed. */
    private volatile int[][] chunks = new int[1][];
    private volatile SyncClock[] dependencies;
    /**
     * The stamp of the last release ({@link ThreadState#releaseStamp()}, unique per release), so a
     * thread that saw this stamp at its last acquire can skip the join; a plain release store, no
     * read-modify-write on a line every writer shares.
     */
    @SuppressWarnings("unused") // through VERSION
    private volatile long version;
    /** Exclusive acquisitions so far ({@link #acquireExclusive}): unchanged means nobody took the clock. */
    int acquisitions;
    /**
     * Set (once) by the first non-exclusive acquire: a thread may then have learned a release
     * without becoming the holder, so no tick is ever taken back here. A plain flag read on every
     * exclusive acquire and written at most a few times, so threads polling it never contend.
     */
    private volatile boolean shared;

    /** True once a non-exclusive acquire took this clock: then a release here may have been learned unseen. */
    boolean shared() {
        return shared;
    }

    void release(ThreadState ts) {
        long progress = ts.progress();
        if (ts.releases.noted(this, progress)) {
            // this thread released here before and has done nothing since that needs publishing; the
            // tick still stands (an untick since may have taken back the one of that release)
            ts.tickAfterRelease(this);
            return;
        }
        VectorClock c = ts.clock;
        long before = (long) VERSION.getAcquire(this);
        // this thread holds everything the clock held at its last acquire, and nobody released since
        boolean upToDate = ts.acquires.noted(this, before);
        if (ts.lastReleased == this && ts.lastReleasedJoins == c.joins()) {
            // only this thread's own entry moved since it last joined everything in (ThreadSanitizer's
            // fast release): raising that one entry gives the same clock as a full join
            raise(ts.tid, c.get(ts.tid));
        } else {
            int[] mine = c.entries();
            for (int i = 0, n = c.used(); i < n; i++) {
                if (mine[i] != 0) {
                    raise(i, mine[i]);
                }
            }
            ts.lastReleased = this;
            ts.lastReleasedJoins = c.joins();
        }
        long stamp = ts.releaseStamp();
        if (upToDate && VERSION.compareAndSet(this, before, stamp)) {
            // no other release was stamped in between: the clock is now a part of this thread's, so
            // its next acquire (re-entering the same lock) can skip the join; a release whose raises
            // raced with this one stamps after it, which the acquire then sees
            ts.acquires.note(this, stamp);
        } else {
            VERSION.setRelease(this, stamp);
        }
        ts.tickAfterRelease(this);
        ts.releases.note(this, progress);
    }

    private void raise(int tid, int value) {
        int[] chunk = chunk(tid >>> CHUNK_BITS);
        int i = tid & (CHUNK - 1);
        int seen = (int) ENTRY.getVolatile(chunk, i);
        while (seen < value && !ENTRY.weakCompareAndSet(chunk, i, seen, value)) {
            seen = (int) ENTRY.getVolatile(chunk, i);
        }
    }

    private int[] chunk(int index) {
        int[][] cs = chunks;
        int[] chunk = index < cs.length ? cs[index] : null;
        return chunk != null ? chunk : newChunk(index);
    }

    // rare (once per 16 threads per clock): under the lock, so no chunk is ever created twice
    private synchronized int[] newChunk(int index) {
        int[][] cs = chunks;
        if (index < cs.length && cs[index] != null) {
            return cs[index];
        }
        int[][] grown = java.util.Arrays.copyOf(cs, Math.max(cs.length, index + 1));
        grown[index] = new int[CHUNK];
        chunks = grown;
        return grown[index];
    }

    /**
     * An acquire by the new holder of a lock or monitor (one holder at a time, or a writer of a
     * read-write lock): counts the acquisition, after taking back the tick this thread's last
     * release here left pending if nobody acquired the clock since ({@link ThreadState#untick}).
     */
    void acquireExclusive(ThreadState ts) {
        ts.untick(this);
        acquisitions++; // by the holder only: the lock orders it before the next holder's read
        join(ts);
    }

    /** An acquire by a thread that may not be the only one: also ends the untick optimisation for good. */
    void acquire(ThreadState ts) {
        if (!shared) {
            shared = true;
        }
        join(ts);
    }

    /** Joins what was released here into the thread's clock, unless the thread saw this release already. */
    private void join(ThreadState ts) {
        long v = (long) VERSION.getAcquire(this);
        if (dependencies == null && ts.acquires.noted(this, v)) {
            return; // nothing released since this thread last acquired it (a polling loop, repeated gets)
        }
        VectorClock c = ts.clock;
        // what this thread learns here, this clock already holds: if a release here would have
        // published nothing new before the join (or only the thread's own entry), it still would
        // after it. A lock that changes hands then costs its next holder one entry to release, and
        // the release at the end of a concurrent map's remapping function none after its acquire
        boolean releasedHere = dependencies == null && ts.releases.noted(this, ts.progress());
        boolean ownEntryOnly = dependencies == null && ts.lastReleased == this && ts.lastReleasedJoins == c.joins();
        acquireInto(c, 0);
        ts.acquires.note(this, v);
        if (releasedHere) {
            ts.releases.note(this, ts.progress());
        }
        if (ownEntryOnly) {
            ts.lastReleasedJoins = c.joins();
        }
        ts.refreshEpoch();
    }

    private void acquireInto(VectorClock target, int depth) {
        int[][] cs = chunks;
        for (int k = 0; k < cs.length; k++) {
            int[] chunk = cs[k];
            if (chunk != null) {
                target.join(chunk, k << CHUNK_BITS);
            }
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
