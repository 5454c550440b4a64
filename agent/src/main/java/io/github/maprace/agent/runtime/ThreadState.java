package io.github.maprace.agent.runtime;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The race detector's view of one thread: its dense index, its vector clock and current epoch.
 * Only the owning thread mutates it, except that a joining thread reads the clock of a thread
 * that has terminated (the JVM's own join edge makes that read safe).
 */
public final class ThreadState {
    private static final AtomicInteger NEXT_TID = new AtomicInteger();
    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::create);
    private static final WeakIdentityTable<ThreadState> BY_THREAD = new WeakIdentityTable<>();
    /** Names by thread index, for reports; not the states themselves, which end with their threads. */
    private static volatile ThreadName[] byTid = new ThreadName[64];

    private record ThreadName(WeakReference<Thread> thread, String initial) {
        String current() {
            Thread t = thread.get();
            return t != null ? t.getName() : initial;
        }
    }

    /** Dense index into vector clocks. */
    public final int tid;
    /** This thread's vector clock; {@code clock.get(tid)} is its current clock value. */
    public final VectorClock clock = new VectorClock();
    private final WeakReference<Thread> thread;
    private final String initialName;
    /** The epoch {@code clock@tid}, cached so the hot path compares one long. */
    long epoch;
    /** Per-thread one-entry cache of the last map shadow looked up (weak: never keeps a map alive). */
    WeakIdentityTable.Entry<MapShadow> lastShadow;
    /** Above 0 while the thread runs a class initializer: its accesses are ordered before every use. */
    int ignoreDepth;
    /** Above 0 between {@code StampedLock.tryOptimisticRead} and {@code validate}: reads are not judged. */
    int optimisticReads;
    /** The task this thread wrapped last, waiting for the future the executor returns for it. */
    TaskWrapper lastTask;
    /** The barrier action this thread wrapped last, waiting for its CyclicBarrier. */
    Tasks.BarrierAction lastBarrierAction;
    /** The sync clock this thread acquired last and its version then (skips repeated joins). */
    SyncClock lastAcquired;
    long lastAcquiredVersion;
    /** Per-thread one-entry cache of the last sync clock looked up (weak: never keeps an object alive). */
    WeakIdentityTable.Entry<SyncClock> lastSync;
    /** The thread's last check on a concurrent map, waiting for its act: the map's writes then. */
    AtomicityTracker.Writes checkWrites;
    Object checkValue;
    int checkHash;
    long checkCount;
    int checkSite;
    /** Per-thread one-entry cache of the last map view looked up (weak: never keeps a view alive). */
    WeakIdentityTable.Entry<java.lang.ref.WeakReference<Object>> lastView;
    /** Per-thread one-entry cache of the last concurrent map's write ring. */
    WeakIdentityTable.Entry<AtomicityTracker.Writes> lastWrites;
    /** True for fork/join pool workers, which run parallel-stream work ({@link ParallelWork}). */
    final boolean forkJoinWorker;
    /** The tasks this thread wrapped last for an {@code invokeAll}/{@code invokeAny}. */
    TaskWrapper[] lastTasks;

    private ThreadState(Thread thread) {
        this.tid = NEXT_TID.getAndIncrement();
        this.thread = new WeakReference<>(thread);
        this.initialName = thread.getName();
        this.forkJoinWorker = ParallelWork.isWorker(thread);
        clock.set(tid, 1);
        epoch = Epoch.of(tid, 1);
    }

    private static ThreadState create() {
        Thread t = Thread.currentThread();
        ThreadState state = new ThreadState(t);
        VectorClock parent = ThreadLifecycle.takeStartClock(t);
        if (parent != null) {
            state.clock.join(parent);
            state.refreshEpoch();
        }
        BY_THREAD.put(t, state);
        register(state);
        return state;
    }

    private static synchronized void register(ThreadState state) {
        ThreadName[] table = byTid;
        if (state.tid >= table.length) {
            ThreadName[] bigger = new ThreadName[Math.max(state.tid + 1, table.length * 2)];
            System.arraycopy(table, 0, bigger, 0, table.length);
            table = bigger;
        }
        table[state.tid] = new ThreadName(state.thread, state.initialName);
        byTid = table;
    }

    /** How many threads the detector has seen (thread indices are not reused). */
    public static int threadsSeen() {
        return NEXT_TID.get();
    }

    /** The state of the calling thread, created on first use. */
    public static ThreadState current() {
        return CURRENT.get();
    }

    /** The state of {@code t}, or {@code null} if it never touched the detector. */
    public static ThreadState of(Thread t) {
        return BY_THREAD.get(t);
    }

    /** The current name of the thread with index {@code tid}, or a placeholder. */
    public static String nameOf(int tid) {
        ThreadName[] table = byTid;
        ThreadName s = tid < table.length ? table[tid] : null;
        return s == null ? "thread-" + tid : s.current();
    }

    /** The thread's name now, or the name it had when first seen if it is gone. */
    public String name() {
        Thread t = thread.get();
        return t != null ? t.getName() : initialName;
    }

    private boolean[] seenSites = new boolean[64];

    /** Marks a site index as run by this thread; true when it had been run before. */
    boolean markSeen(int index) {
        boolean[] seen = seenSites;
        if (index < seen.length) {
            if (seen[index]) {
                return true;
            }
        } else {
            seen = java.util.Arrays.copyOf(seen, Math.max(index + 1, seen.length * 2));
            seenSites = seen;
        }
        seen[index] = true;
        return false;
    }

    /** Advances this thread's clock after a release, so later accesses are not covered by it. */
    public void tick() {
        clock.tick(tid);
        refreshEpoch();
    }

    /** Recomputes the cached epoch after the clock changed. */
    void refreshEpoch() {
        epoch = Epoch.of(tid, clock.get(tid));
    }
}
