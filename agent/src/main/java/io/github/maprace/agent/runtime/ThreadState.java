package io.github.maprace.agent.runtime;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The race detector's view of one thread: its dense index, its vector clock and current epoch.
 * Only the owning thread mutates it, except that a joining thread reads the clock of a thread
 * that has terminated (the JVM's own join edge makes that read safe).
 */
final class ThreadState {
    private static final AtomicInteger NEXT_TID = new AtomicInteger();
    private static final AtomicInteger STARTED = new AtomicInteger();
    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::create);
    private static final WeakIdentityTable<ThreadState> BY_THREAD = new WeakIdentityTable<>();
    /** Names by thread index, for reports; not the states themselves, which end with their threads. */
    private static volatile ThreadName[] byTid = new ThreadName[64];

    /** A slot's thread from clock value {@code from} on; {@code earlier} had the slot before. */
    private record ThreadName(WeakReference<Thread> thread, String initial, int from, ThreadName earlier) {
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
    /** The epoch {@code clock@tid}, cached so the hot path compares one long; {@link #PENDING} after a release. */
    long epoch;
    /** Not an epoch (those are positive): the thread released and has not recorded an access since. */
    static final long PENDING = -1L;
    private long releaseCount;
    /** Per-thread one-entry cache of the last map shadow looked up (weak: never keeps a map alive). */
    WeakIdentityTable.Entry<MapShadow> lastShadow;
    /** The thread's recently used shadows, sync clocks and write rings (the first of each is cached above). */
    final RecentEntries<MapShadow> recentShadows = new RecentEntries<>(16);
    final RecentEntries<SyncClock> recentSyncs = new RecentEntries<>(32);
    final RecentEntries<AtomicityTracker.Writes> recentWrites = new RecentEntries<>(16);
    final RecentEntries<KeyClocks> recentKeyClocks = new RecentEntries<>(16);
    final RecentEntries<LockModel.Half> recentHalves = new RecentEntries<>(8);
    /** The concurrent map call in progress (between its hooks): its clocks and key stripe. */
    KeyClocks pendingClocks;
    int pendingStripe;
    boolean pendingKeyless;
    /** Above 0 while the thread runs a class initializer: its accesses are ordered before every use. */
    int ignoreDepth;
    /** Above 0 between {@code StampedLock.tryOptimisticRead} and {@code validate}: reads are not judged. */
    int optimisticReads;
    /** The map reads of the optimistic window, judged only if {@code validate} fails ({@link OptimisticReads}). */
    MapShadow[] optimisticShadows;
    int[] optimisticSites;
    int optimisticCount;
    /** The done clock of the task this thread handed off last, waiting for the future the executor returns for it. */
    SyncClock lastTaskDone;
    /** The barrier action this thread wrapped last, waiting for its CyclicBarrier. */
    Tasks.BarrierAction lastBarrierAction;
    /** The sync clocks this thread acquired and their stamps then (skips repeated joins). */
    final ClockMarks acquires = new ClockMarks();
    /** Map accesses that changed a shadow; with the clock's joins, the thread's {@link #progress()}. */
    long recordedAccesses;
    /** Where this thread released last, to skip releases that would publish nothing new. */
    final ClockMarks releases = new ClockMarks();
    /** The sync clock this thread fully released into last, and its clock's join count then. */
    SyncClock lastReleased;
    long lastReleasedJoins;
    /** The thread's last check on a concurrent map, waiting for its act: the map's writes then. */
    AtomicityTracker.Writes checkWrites;
    Object checkValue;
    int checkHash;
    /** The ring of the checked key's stripe and its write count then, and the keyless ring's count. */
    AtomicityTracker.Ring checkRing;
    long checkCount;
    long checkKeylessCount;
    int checkSite;
    /** The monitors and locks this thread holds, innermost last, for {@link LockOrder}. */
    final Object[] held = new Object[LockOrder.MAX_HELD];
    /**
     * The graph node of each held entry when it is not the entry itself (a read-write lock's
     * halves share one), else null: a monitor's push and pop store one reference less.
     */
    final Object[] heldNodes = new Object[LockOrder.MAX_HELD];
    /** Per held entry: the instrumented call site that took it (-1: a monitor, JDK code), shifted left, and 1 for a read lock. */
    final int[] heldInfo = new int[LockOrder.MAX_HELD];
    int heldCount;
    /** Acquisitions past {@link LockOrder#MAX_HELD} not pushed, so their releases pop nothing. */
    int heldOverflow;
    /** The lock-order edges this thread made already (outer and inner lock ids): each is looked up once. */
    java.util.Set<Long> edgesSeen;
    /** The thread's recent map views and iterators (weak: never keeps a view or a map alive). */
    final ViewRing views = new ViewRing();
    /** The done clocks of the tasks this thread handed off last for an {@code invokeAll}/{@code invokeAny}. */
    SyncClock[] lastTasksDone;

    private ThreadState(Thread thread, int tid, long releases) {
        this.tid = tid;
        this.releaseCount = releases;
        this.thread = new WeakReference<>(thread);
        this.initialName = thread.getName();
        clock.set(tid, 1);
        epoch = Epoch.of(tid, 1);
    }

    private static ThreadState create() {
        Thread t = Thread.currentThread();
        STARTED.incrementAndGet();
        VectorClock parent = ThreadLifecycle.takeStartClock(t);
        ThreadSlots.Reused reused = parent == null ? null : ThreadSlots.take(parent);
        ThreadState state = reused == null ? new ThreadState(t, NEXT_TID.getAndIncrement(), 0)
                : new ThreadState(t, reused.tid(), reused.releases());
        if (parent != null) {
            state.clock.join(parent);
            if (reused != null) {
                // above every epoch the slot's previous thread left behind
                state.clock.set(state.tid, state.clock.get(state.tid) + 1);
            }
            state.epoch = Epoch.of(state.tid, state.clock.get(state.tid));
        }
        BY_THREAD.put(t, state);
        register(state);
        return state;
    }

    private boolean freed;

    /** True the first time: the slot of this ended thread goes back once. */
    synchronized boolean markFreed() {
        if (freed) {
            return false;
        }
        freed = true;
        return true;
    }

    /** Releases this thread made (release stamps continue from here when its slot is reused). */
    long releases() {
        return releaseCount;
    }

    private static synchronized void register(ThreadState state) {
        ThreadName[] table = byTid;
        if (state.tid >= table.length) {
            ThreadName[] bigger = new ThreadName[Math.max(state.tid + 1, table.length * 2)];
            System.arraycopy(table, 0, bigger, 0, table.length);
            table = bigger;
        }
        table[state.tid] = new ThreadName(state.thread, state.initialName, state.clock.get(state.tid),
                table[state.tid]);
        byTid = table;
    }

    /** Thread slots in use: the width of a vector clock (slots of joined threads are reused). */
    public static int threadsSeen() {
        return NEXT_TID.get();
    }

    /** Threads the detector has seen in all. */
    public static int threadsStarted() {
        return STARTED.get();
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
        return nameOf(tid, Integer.MAX_VALUE);
    }

    /** The name of the thread that had slot {@code tid} at clock value {@code clock}, or a placeholder. */
    public static String nameOf(int tid, int clock) {
        ThreadName s = slotAt(tid, clock);
        return s == null ? "thread-" + tid : s.current();
    }

    /** The thread that had slot {@code tid} at clock value {@code clock}, or null when it is gone. */
    static Thread threadOf(int tid, int clock) {
        ThreadName s = slotAt(tid, clock);
        return s == null ? null : s.thread().get();
    }

    private static ThreadName slotAt(int tid, int clock) {
        ThreadName[] table = byTid;
        ThreadName s = tid < table.length ? table[tid] : null;
        while (s != null && s.from() > clock && s.earlier() != null) {
            s = s.earlier();
        }
        return s;
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

    /**
     * Grows whenever the thread did something a later release must publish: an access recorded
     * in a shadow, or a join that changed its clock. Its own ticks do not count.
     */
    long progress() {
        return recordedAccesses + clock.joins();
    }

    /**
     * After a release (or a copy of this clock handed to a task or child thread): later accesses
     * must not be covered by what was published. The tick itself waits for the next recorded
     * access ({@link #accessEpoch()}), so a thread that records nothing keeps publishing the same
     * clock, and other threads' joins of it stay no-ops; until then the cached epoch matches no
     * shadow, so the same-epoch fast path cannot skip that access.
     */
    public void tick() {
        epoch = PENDING;
        tickClock = null;
    }

    /**
     * The one sync clock this thread released into since its last recorded access, while its
     * tick is pending; {@code null} when it published its clock anywhere else too (another clock,
     * a task, a child thread), which no re-entry can take back.
     */
    private SyncClock tickClock;

    /** The clock's exclusive acquisitions when this thread released into {@link #tickClock}. */
    private int tickAcquisitions;

    /** A release into {@code k} (see {@link #tick()}), remembering where the pending tick came from. */
    void tickAfterRelease(SyncClock k) {
        if (epoch != PENDING) {
            epoch = PENDING;
            tickClock = k;
            tickAcquisitions = k.acquisitions;
        } else if (tickClock != k) {
            tickClock = null;
        }
    }

    /**
     * Takes back the tick a release into {@code k} left pending when nobody can have learned that
     * release: this thread holds {@code k}'s lock again (or, for the read clock of a read-write
     * lock, its read lock, which keeps writers out), no exclusive acquire counted on {@code k}
     * since, and {@code k} was never acquired any other way. The accesses until the next release
     * may then share the epoch of those before it: a thread re-entering its own lock finds its maps
     * in the same epoch, as if it had never left (the same-epoch fast path instead of a recorded
     * access per section).
     */
    void untick(SyncClock k) {
        if (epoch == PENDING && tickClock == k && tickAcquisitions == k.acquisitions && !k.shared()) {
            epoch = Epoch.of(tid, clock.get(tid));
            tickClock = null;
        }
    }

    /** The epoch to record an access with, taking a tick that a release left pending. */
    long accessEpoch() {
        long e = epoch;
        if (e == PENDING) {
            clock.tick(tid);
            e = Epoch.of(tid, clock.get(tid));
            epoch = e;
        }
        return e;
    }

    /** Recomputes the cached epoch after the clock changed (a pending tick stays pending). */
    void refreshEpoch() {
        if (epoch != PENDING) {
            epoch = Epoch.of(tid, clock.get(tid));
        }
    }

    /** A stamp no other release by any thread has: thread index and this thread's release count. */
    long releaseStamp() {
        return ((long) tid << 40) | (++releaseCount & ((1L << 40) - 1));
    }
}
