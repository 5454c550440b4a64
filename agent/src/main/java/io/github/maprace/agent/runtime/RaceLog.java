package io.github.maprace.agent.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects races, deduplicated by unordered pair of sites, and appends each new one to
 * {@code races.log} at once, so a test JVM that crashes later loses nothing already found.
 * Occurrence counts are appended when the JVM shuts down ({@link #flush()}).
 */
public final class RaceLog {
    /** File name of the race log in the output directory. */
    public static final String FILE = "races.log";
    /** Stack frames kept for the current access. */
    static final int MAX_FRAMES = 32;

    private static final Object LOCK = new Object();
    private static final Map<Long, long[]> COUNTS = new HashMap<>();
    private static volatile Path file;
    private static long races;

    private RaceLog() {
    }

    /** This JVM's part of every record id: several test JVMs (Surefire forks) may share one log. */
    private static final String JVM = Long.toString(ProcessHandle.current().pid(), 36);

    /**
     * Appends to {@code outputDirectory/races.log}, creating it. Never truncates: with
     * {@code prepare-agent} every Surefire fork appends to the same log (each record is one
     * append, so lines of concurrent forks do not mix), and whoever starts a run removes the
     * previous run's log first.
     */
    public static void open(Path outputDirectory) throws IOException {
        Files.createDirectories(outputDirectory);
        Path f = outputDirectory.resolve(FILE);
        if (!Files.exists(f)) {
            Files.write(f, new byte[0], StandardOpenOption.CREATE);
        }
        file = f;
    }

    /** The directory the log is in, or null before {@link #open}: the test listener writes its log next to it. */
    public static Path directory() {
        Path f = file;
        return f == null ? null : f.getParent();
    }

    private static String id(long key) {
        return JVM + "-" + Long.toHexString(key);
    }

    /** Number of distinct reports (races, atomicity violations, unlocked iterations) so far. */
    public static long distinctRaces() {
        synchronized (LOCK) {
            return races;
        }
    }

    static void race(MapShadow shadow, int site, ThreadState current, int previousSite, long previousEpoch) {
        int previousTid = Epoch.tid(previousEpoch);
        long key = Math.min(site, previousSite) & 0xffffffffL;
        key = (key << 32) | (Math.max(site, previousSite) & 0xffffffffL);
        if (!firstOccurrence(key)) {
            return;
        }
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", id(key));
        LogCodec.field(r, "kind", "DATA_RACE");
        LogCodec.field(r, "mapType", shadow.mapType);
        if (shadow.allocationSite >= 0) {
            Sites.describe(r, "alloc.", shadow.allocationSite);
        }
        Sites.describe(r, "cur.", site);
        LogCodec.field(r, "cur.thread", current.name());
        LogCodec.field(r, "cur.stack", stack());
        leakedFrom(r, "cur.", Thread.currentThread());
        Sites.describe(r, "prev.", previousSite);
        LogCodec.field(r, "prev.thread", ThreadState.nameOf(previousTid, Epoch.clock(previousEpoch)));
        LogCodec.field(r, "prev.stack", History.stackOf(previousSite, previousTid));
        leakedFrom(r, "prev.", ThreadState.threadOf(previousTid, Epoch.clock(previousEpoch)));
        LogCodec.field(r, "test", TestContext.current());
        append(r);
    }

    /** Counts an occurrence of the report {@code key}; true the first time, when it must be written. */
    private static boolean firstOccurrence(long key) {
        synchronized (LOCK) {
            long[] count = COUNTS.get(key);
            if (count != null) {
                count[0]++;
                return false;
            }
            COUNTS.put(key, new long[] {1});
            races++;
            return true;
        }
    }

    /**
     * Reports a check-then-act interleaved by another thread's write: the check and the act of
     * {@code current}, the other thread's write and, when that write was itself the act of a
     * check ({@code otherCheck} non-zero), that check; each with the stack its site first had.
     */
    static void atomicity(Object map, int checkSite, int actSite, ThreadState current, int otherSite, int otherCheck,
                          int otherTid, Object key) {
        long key64 = ((long) (checkSite & 0x7fffffff) << 32) | (actSite & 0xffffffffL) | (1L << 63);
        if (!firstOccurrence(key64)) {
            return;
        }
        Perturbation.found(actSite);
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", id(key64));
        LogCodec.field(r, "kind", "ATOMICITY_VIOLATION");
        LogCodec.field(r, "mapType", map.getClass().getName());
        LogCodec.field(r, "key", keyText(key));
        Sites.describe(r, "cur.", actSite);
        LogCodec.field(r, "cur.thread", current.name());
        LogCodec.field(r, "cur.stack", stack());
        leakedFrom(r, "cur.", Thread.currentThread());
        Sites.describe(r, "check.", checkSite);
        LogCodec.field(r, "check.thread", current.name());
        LogCodec.field(r, "check.stack", History.stackOf(checkSite, current.tid));
        Sites.describe(r, "prev.", otherSite);
        LogCodec.field(r, "prev.thread", ThreadState.nameOf(otherTid));
        LogCodec.field(r, "prev.stack", History.stackOf(otherSite, otherTid));
        leakedFrom(r, "prev.", ThreadState.threadOf(otherTid, Integer.MAX_VALUE));
        if (otherCheck != 0) {
            Sites.describe(r, "prevcheck.", otherCheck);
            LogCodec.field(r, "prevcheck.thread", ThreadState.nameOf(otherTid));
            LogCodec.field(r, "prevcheck.stack", History.stackOf(otherCheck, otherTid));
        }
        LogCodec.field(r, "test", TestContext.current());
        append(r);
    }

    /**
     * Reports two locks taken in opposite orders ({@link LockOrder}): {@code mine} is the edge the
     * current thread just made, {@code other} the reverse one made earlier; each with the stack at
     * its inner acquisition.
     */
    static void lockOrderInversion(int lowId, int highId, LockOrder.Edge mine, LockOrder.Edge other) {
        long key64 = (1L << 62) | ((long) lowId << 30) | highId;
        if (!firstOccurrence(key64)) {
            return;
        }
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", id(key64));
        LogCodec.field(r, "kind", "LOCK_ORDER_INVERSION");
        LogCodec.field(r, "cur.outer", mine.outerType());
        LogCodec.field(r, "cur.inner", mine.innerType());
        LogCodec.field(r, "cur.thread", mine.threadName());
        LogCodec.field(r, "cur.stack", mine.stack());
        LogCodec.field(r, "prev.outer", other.outerType());
        LogCodec.field(r, "prev.inner", other.innerType());
        LogCodec.field(r, "prev.thread", other.threadName());
        LogCodec.field(r, "prev.stack", other.stack());
        LogCodec.field(r, "test", TestContext.current());
        append(r);
    }

    private static final java.util.Set<String> UPGRADES = new java.util.HashSet<>();

    /** Reports a read-to-write upgrade of a ReentrantReadWriteLock, once per requesting stack. */
    static void lockUpgrade(ThreadState current, String message, boolean blocking, int readSite) {
        String stack = stack();
        String top = blocking + "\n" + stack; // once per requesting stack, and per kind of request
        synchronized (LOCK) {
            if (!UPGRADES.add(top)) {
                return;
            }
            races++;
        }
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", JVM + "-u" + Integer.toHexString(top.hashCode()));
        LogCodec.field(r, "kind", "LOCK_UPGRADE");
        LogCodec.field(r, "blocking", blocking);
        LogCodec.field(r, "message", message);
        LogCodec.field(r, "cur.thread", current.name());
        LogCodec.field(r, "cur.stack", stack);
        if (readSite >= 0) {
            Sites.describe(r, "read.", readSite); // where the thread took the read lock it still holds
        }
        LogCodec.field(r, "test", TestContext.current());
        append(r);
    }

    /** Reports a thread that {@code test} started and left running ({@link ThreadLeaks}). */
    static void leakedThread(Thread thread, String test, String startStack) {
        synchronized (LOCK) {
            races++;
        }
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", JVM + "-t" + Integer.toHexString((test + startStack).hashCode()));
        LogCodec.field(r, "kind", "LEAKED_THREAD");
        LogCodec.field(r, "daemon", thread.isDaemon());
        LogCodec.field(r, "cur.thread", thread.getName());
        LogCodec.field(r, "cur.stack", startStack);
        LogCodec.field(r, "test", test);
        append(r);
    }

    /** Says so when {@code thread} is one a finished test left running: its races happen under a later test's name. */
    private static void leakedFrom(StringBuilder r, String prefix, Thread thread) {
        String test = ThreadLeaks.leakedFrom(thread);
        if (test != null) {
            LogCodec.field(r, prefix + "leakedFrom", test);
        }
    }

    static void syncMapIteration(Object map, int site, ThreadState current) {
        long key64 = (site & 0xffffffffL) | (3L << 61);
        if (!firstOccurrence(key64)) {
            return;
        }
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", id(key64));
        LogCodec.field(r, "kind", "SYNC_MAP_ITERATION");
        LogCodec.field(r, "mapType", map.getClass().getName());
        Sites.describe(r, "cur.", site);
        LogCodec.field(r, "cur.thread", current.name());
        LogCodec.field(r, "cur.stack", stack());
        LogCodec.field(r, "test", TestContext.current());
        append(r);
    }

    // only JDK value types are printed: toString of a user key would run user code
    private static String keyText(Object key) {
        if (key instanceof String || key instanceof Number || key instanceof Character || key instanceof Boolean
                || key instanceof java.util.UUID || key instanceof Enum<?>) {
            String s = key instanceof Enum<?> e ? e.name() : String.valueOf(key);
            return s.length() > 80 ? s.substring(0, 80) + "..." : s;
        }
        return key == null ? "" : key.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(key));
    }

    /** Appends the occurrence counts and the agent's own error count. */
    public static void flush() {
        StringBuilder all = new StringBuilder();
        synchronized (LOCK) {
            for (Map.Entry<Long, long[]> e : COUNTS.entrySet()) {
                StringBuilder r = LogCodec.record("COUNT");
                LogCodec.field(r, "id", id(e.getKey()));
                LogCodec.field(r, "n", e.getValue()[0]);
                all.append(r).append('\n');
            }
        }
        for (StringBuilder coverage : MapCoverage.records()) {
            all.append(coverage).append('\n');
        }
        StringBuilder perturbation = Perturbation.record();
        if (perturbation != null) {
            all.append(perturbation).append('\n');
        }
        StringBuilder r = LogCodec.record("AGENT");
        LogCodec.field(r, "errors", AgentErrors.count());
        LogCodec.field(r, "first", AgentErrors.first());
        LogCodec.field(r, "sites", Sites.count());
        LogCodec.field(r, "threads", ThreadState.threadsSeen());
        LogCodec.field(r, "threadsStarted", ThreadState.threadsStarted());
        // what the detector retains, for the build log: GC-sensitive tests must not notice it
        LogCodec.field(r, "shadowsPeak", Shadows.peak());
        LogCodec.field(r, "syncClocksPeak", SyncClocks.peak());
        LogCodec.field(r, "historyStacks", History.distinctStacks());
        LogCodec.field(r, "historyBytes", History.retainedBytes());
        LogCodec.field(r, "lockEdges", LockOrder.edgeCount());
        LogCodec.field(r, "lockEdgesDropped", LockOrder.droppedEdges());
        // concurrency coverage is per test: without named tests it means nothing
        LogCodec.field(r, "testsSeen", TestContext.testsSeen());
        all.append(r);
        append(all);
    }

    private static String stack() {
        return stack(MAX_FRAMES);
    }

    /** The calling thread's stack without the detector's own frames, at most {@code max} frames. */
    static String stack(int max) {
        StackTraceElement[] frames = new Throwable().getStackTrace();
        StringBuilder sb = new StringBuilder();
        int kept = 0;
        for (StackTraceElement f : frames) {
            if (f.getClassName().startsWith("io.github.maprace.agent.runtime.")) {
                continue;
            }
            if (kept++ == max) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : "\n").append(f);
        }
        return sb.toString();
    }

    private static void append(CharSequence record) {
        Path f = file;
        if (f == null) {
            return;
        }
        byte[] bytes = (record + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (LOCK) {
            try (OutputStream out = Files.newOutputStream(f, StandardOpenOption.APPEND)) {
                out.write(bytes);
            } catch (IOException | RuntimeException e) {
                AgentErrors.record(e);
            }
        }
    }
}
