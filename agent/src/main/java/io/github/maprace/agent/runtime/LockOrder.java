package io.github.maprace.agent.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lock-order inversions, as ThreadSanitizer's {@code lock-order-inversion}: every thread keeps the
 * monitors and locks it holds; taking lock Y while holding X adds the edge X→Y to one graph for the
 * JVM. When Y→X is already there, the two orders can deadlock under another interleaving, even
 * though this run did not: a report, unless
 * <ul>
 *   <li>a third lock was held around both acquisitions (a gate lock orders them), or</li>
 *   <li>both sides of either lock are read locks (readers do not exclude each other), or</li>
 *   <li>the inner acquisition was a {@code tryLock}, which cannot block (it still holds the lock
 *       for what comes after).</li>
 * </ul>
 * Cost: a thread that holds nothing pushes and pops one entry per acquire and release; only a
 * nested acquisition looks at the graph, and only the first time this thread makes that edge.
 * Cycles of two locks are found; longer ones are not.
 */
final class LockOrder {
    /** Held entries a thread tracks; deeper nesting is not tracked (and makes no edges). */
    static final int MAX_HELD = 32;
    /**
     * Edges the graph keeps: code that nests a lock of every new object (a pool's lock around each
     * entry's) makes an edge per object, and ids are never reused; past this, new edges are counted
     * and dropped, so memory stays bounded.
     */
    static final int MAX_EDGES = 200_000;
    /** Edges whose stack is walked; later ones keep none (their reports say so). */
    static final int MAX_STACKS = 20_000;

    /** One edge: the first time some thread took {@code inner} while holding {@code outer}. */
    record Edge(String threadName, String stack, int[] gates, boolean outerShared, boolean innerShared,
                String outerType, String innerType) {
    }

    private static final WeakIdentityTable<int[]> IDS = new WeakIdentityTable<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();
    private static final WeakIdentityTable.Factory<int[]> NEW_ID = key -> new int[] {NEXT_ID.incrementAndGet()};
    private static final Object LOCK = new Object();
    private static final Map<Long, Edge> EDGES = new HashMap<>();
    /** Stack texts, interned: the edges one code path makes for many objects share one string. */
    private static final Map<String, String> STACKS = new HashMap<>();
    private static int stacksWalked;
    private static long dropped;

    private LockOrder() {
    }

    /**
     * {@code lock} was acquired. {@code node} is the lock as the graph knows it (the read-write lock
     * of a half, else {@code lock} itself), {@code shared} says a read lock, {@code tried} a
     * {@code tryLock} that succeeded.
     */
    static void acquired(ThreadState ts, Object lock, Object node, boolean shared, boolean tried, int site) {
        int n = ts.heldCount;
        if (n > 0) {
            if (n >= MAX_HELD) {
                ts.heldOverflow++;
                return;
            }
            if (!tried && !holds(ts, node)) {
                edges(ts, lock, node, shared);
            }
        }
        ts.held[n] = lock;
        if (node != lock) {
            ts.heldNodes[n] = node; // popped entries are null: a monitor's push stores nothing here
        }
        ts.heldInfo[n] = (site << 1) | (shared ? 1 : 0);
        ts.heldCount = n + 1;
    }

    /** {@code lock} is being released: its most recent entry goes. */
    static void released(ThreadState ts, Object lock) {
        int last = ts.heldCount - 1;
        Object[] held = ts.held;
        if (last >= 0 && held[last] == lock && ts.heldOverflow == 0) {
            // the usual case: locks released in the reverse order they were taken
            held[last] = null;
            if (ts.heldNodes[last] != null) {
                ts.heldNodes[last] = null;
            }
            ts.heldCount = last;
            return;
        }
        releasedOutOfOrder(ts, lock);
    }

    private static void releasedOutOfOrder(ThreadState ts, Object lock) {
        if (ts.heldOverflow > 0) {
            ts.heldOverflow--; // the acquisitions past MAX_HELD were not pushed
            return;
        }
        Object[] held = ts.held;
        for (int i = ts.heldCount - 1; i >= 0; i--) {
            if (held[i] == lock) {
                int last = ts.heldCount - 1;
                System.arraycopy(held, i + 1, held, i, last - i);
                System.arraycopy(ts.heldNodes, i + 1, ts.heldNodes, i, last - i);
                System.arraycopy(ts.heldInfo, i + 1, ts.heldInfo, i, last - i);
                held[last] = null;
                ts.heldNodes[last] = null;
                ts.heldCount = last;
                return;
            }
        }
    }

    /**
     * {@code writeHalf} is being requested: when this thread holds the read lock of the same
     * read-write lock and not its write lock, that is an upgrade, reported once per call site;
     * returns the message for the caller to throw when {@code blocking}, else null.
     */
    static String upgrade(ThreadState ts, Object writeHalf, boolean blocking) {
        if (ts.heldCount == 0) {
            return null;
        }
        Object node = LockModel.nodeOfHalf(ts, writeHalf);
        if (node == null) {
            return null;
        }
        int reads = 0;
        int readSite = -1;
        for (int i = 0; i < ts.heldCount; i++) {
            if (nodeAt(ts, i) == node) {
                if (!sharedAt(ts, i)) {
                    return null; // the write lock is held already: re-entry, which is legal
                }
                if (reads++ == 0) {
                    readSite = ts.heldInfo[i] >> 1; // the outermost hold: where the upgrade began
                }
            }
        }
        if (reads == 0) {
            return null;
        }
        String message = "maprace: LOCK_UPGRADE: thread \"" + ts.name() + "\" holds the read lock of a "
                + "ReentrantReadWriteLock (" + reads + (reads == 1 ? " hold" : " holds") + ") and asks for its write "
                + "lock, which a ReentrantReadWriteLock never grants to a reader: "
                + (blocking ? "this call would wait forever, so the agent ends it here. "
                : "this tryLock can only time out. ")
                + "Release the read lock before taking the write lock, and check the state again under it.";
        RaceLog.lockUpgrade(ts, message, blocking, readSite);
        return blocking ? message : null;
    }

    private static boolean holds(ThreadState ts, Object node) {
        for (int i = 0; i < ts.heldCount; i++) {
            if (nodeAt(ts, i) == node) {
                return true; // re-entry, or the other half of a read-write lock already held
            }
        }
        return false;
    }

    /** The graph node of held entry {@code i}: its own node, or the entry itself. */
    private static Object nodeAt(ThreadState ts, int i) {
        Object node = ts.heldNodes[i];
        return node != null ? node : ts.held[i];
    }

    /** True when held entry {@code i} is a read lock. */
    private static boolean sharedAt(ThreadState ts, int i) {
        return (ts.heldInfo[i] & 1) != 0;
    }

    private static int id(Object node) {
        return IDS.entryOrCreate(node, NEW_ID).value()[0];
    }

    private static long key(int outer, int inner) {
        return ((long) outer << 32) | (inner & 0xffffffffL);
    }

    private static void edges(ThreadState ts, Object innerLock, Object innerNode, boolean innerShared) {
        int inner = id(innerNode);
        for (int i = 0; i < ts.heldCount; i++) {
            Object outerNode = nodeAt(ts, i);
            if (indexOf(ts, outerNode) != i) {
                continue; // a re-entered lock: its first entry stands for it
            }
            int outer = id(outerNode);
            long key = key(outer, inner);
            if (ts.edgesSeen == null) {
                ts.edgesSeen = new java.util.HashSet<>();
            }
            if (!ts.edgesSeen.add(key)) {
                continue;
            }
            edge(ts, key, outer, inner, gates(ts, outerNode, innerNode), sharedAt(ts, i), innerShared,
                    ts.held[i], innerLock);
        }
    }

    private static int indexOf(ThreadState ts, Object node) {
        for (int i = 0; i < ts.heldCount; i++) {
            if (nodeAt(ts, i) == node) {
                return i;
            }
        }
        return -1;
    }

    /** The other locks held, outside the edge's two: a common one orders both edges. */
    private static int[] gates(ThreadState ts, Object outerNode, Object innerNode) {
        int[] out = new int[ts.heldCount];
        int n = 0;
        for (int i = 0; i < ts.heldCount; i++) {
            Object node = nodeAt(ts, i);
            if (node != outerNode && node != innerNode && indexOf(ts, node) == i) {
                out[n++] = id(node);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static void edge(ThreadState ts, long key, int outer, int inner, int[] gates, boolean outerShared,
                             boolean innerShared, Object outerLock, Object innerLock) {
        Edge reverse;
        Edge mine;
        synchronized (LOCK) {
            if (EDGES.containsKey(key)) {
                return; // another thread made this edge first: its record stands
            }
            if (EDGES.size() >= MAX_EDGES) {
                dropped++;
                return;
            }
            reverse = EDGES.get(key(inner, outer));
            boolean walk = reverse != null || stacksWalked < MAX_STACKS;
            if (walk) {
                stacksWalked++;
            }
            // walked once per edge of the JVM, and always for the edge that completes an inversion
            String stack = walk ? STACKS.computeIfAbsent(RaceLog.stack(RaceLog.MAX_FRAMES), text -> text) : "";
            mine = new Edge(ts.name(), stack, gates, outerShared, innerShared,
                    describe(outerLock), describe(innerLock));
            EDGES.put(key, mine);
        }
        if (reverse != null && deadlockable(mine, reverse)) {
            RaceLog.lockOrderInversion(Math.min(outer, inner), Math.max(outer, inner), mine, reverse);
        }
    }

    /**
     * Both orders can block each other: each lock is held in one edge in a mode that excludes the
     * mode the other edge asks for, and no gate lock was held around both.
     */
    static boolean deadlockable(Edge a, Edge b) {
        boolean firstConflicts = !(a.outerShared() && b.innerShared());
        boolean secondConflicts = !(a.innerShared() && b.outerShared());
        if (!firstConflicts || !secondConflicts) {
            return false;
        }
        for (int g : a.gates()) {
            for (int h : b.gates()) {
                if (g == h) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How a report names a lock: its class, which half of a read-write lock, or whose monitor. */
    static String describe(Object lock) {
        if (lock instanceof java.util.concurrent.locks.ReentrantReadWriteLock.ReadLock) {
            return "the read lock of a java.util.concurrent.locks.ReentrantReadWriteLock";
        }
        if (lock instanceof java.util.concurrent.locks.ReentrantReadWriteLock.WriteLock) {
            return "the write lock of a java.util.concurrent.locks.ReentrantReadWriteLock";
        }
        if (lock instanceof java.util.concurrent.locks.Lock) {
            return "a " + lock.getClass().getName();
        }
        if (lock instanceof Class<?> c) {
            return "the monitor of class " + c.getName();
        }
        return "the monitor of a " + lock.getClass().getName();
    }

    /** Edges recorded, for the agent status line. */
    static int edgeCount() {
        synchronized (LOCK) {
            return EDGES.size();
        }
    }

    /** Edges not recorded because the graph was full. */
    static long droppedEdges() {
        synchronized (LOCK) {
            return dropped;
        }
    }
}
