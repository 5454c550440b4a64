package io.github.maprace.plugin.rules;

import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule id maprace can report, static and dynamic, with the title, rationale and fix the
 * reports show (SARIF's {@code tool.driver.rules}, the site's rule catalog). Rule ids are stable
 * API: users suppress and baseline by them.
 *
 * <p>An implemented rule's own {@link Rule#info()} wins over the text kept here, so the catalog can
 * never disagree with the rule that produces the findings. {@code SYNC_MAP_ITERATION} is one entry
 * shared by the static rule and the dynamic pass.
 */
public final class RuleCatalog {

    /** The dynamic pass's id for two unordered conflicting accesses. */
    public static final String DATA_RACE = "DATA_RACE";
    /** The dynamic pass's id for a check-then-act whose key another thread changed in between. */
    public static final String ATOMICITY_VIOLATION = "ATOMICITY_VIOLATION";

    /** The dynamic pass's id for two locks that two code paths take in opposite orders. */
    public static final String LOCK_ORDER_INVERSION = "LOCK_ORDER_INVERSION";

    /** The dynamic pass's id for a thread a test started and left running. */
    public static final String LEAKED_THREAD = "LEAKED_THREAD";

    private static final Map<String, RuleInfo> CATALOG = build();

    private RuleCatalog() {
    }

    /** New instances of the rules the static pass runs, in catalog order. */
    public static List<Rule> implemented() {
        return List.of(new SharedUnsafeMapRule(), new InconsistentLockingRule(),
                new CheckThenActRule(), new NonAtomicUpdateRule(),
                new ModifyWhileIteratingRule(), new SyncMapIterationRule(), new LockUpgradeRule(),
                new UnlockNotInFinallyRule(), new NonVolatileSwapRule(), new MutableAfterInitRule(),
                new RecursiveComputeRule(), new LazyInitRaceRule(), new UntestedSharedMapRule());
    }

    /** Every rule id with its description, static ids first in catalog order, then the dynamic ones. */
    public static List<RuleInfo> all() {
        return List.copyOf(CATALOG.values());
    }

    /** The description of {@code id}, or empty when no rule has that id. */
    public static Optional<RuleInfo> find(String id) {
        return Optional.ofNullable(id == null ? null : CATALOG.get(id));
    }

    /**
     * The fix text of rule {@code id}: what findings without a fix of their own (the dynamic
     * ones) say, so that a finding and the rules list never word the fix differently.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static String fixOf(String id) {
        return find(id).map(RuleInfo::fix).orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }

    /**
     * The section of the "Choosing a map" page ({@code choosing-a-map.html}) that measures what the
     * fix of rule {@code id} costs, as an anchor and its title, or empty when no section applies.
     */
    public static Optional<Guidance> guidanceOf(String id) {
        return Optional.ofNullable(id == null ? null : GUIDANCE.get(id));
    }

    /**
     * A section of the "Choosing a map" page.
     *
     * @param anchor the section's id, e.g. {@code concurrenthashmap}
     * @param title  what it measures, e.g. {@code ConcurrentHashMap}
     */
    public record Guidance(String anchor, String title) {
        /** The page's file name in the site. */
        public static final String PAGE = "choosing-a-map.html";
    }

    private static final Guidance CHM = new Guidance("concurrenthashmap", "ConcurrentHashMap");
    private static final Guidance COMPOUND = new Guidance("compound-updates",
            "compound updates: compute, merge, computeIfAbsent");
    private static final Guidance SNAPSHOT = new Guidance("copy-on-write", "copy-on-write snapshot behind a volatile field");
    private static final Guidance MONITOR = new Guidance("synchronized", "synchronized + HashMap");
    private static final Map<String, Guidance> GUIDANCE = Map.ofEntries(
            Map.entry("SHARED_UNSAFE_MAP", CHM), Map.entry(DATA_RACE, CHM),
            Map.entry("NON_ATOMIC_UPDATE", COMPOUND), Map.entry("CHECK_THEN_ACT", COMPOUND),
            Map.entry(ATOMICITY_VIOLATION, COMPOUND), Map.entry("RECURSIVE_COMPUTE", COMPOUND),
            Map.entry("NON_VOLATILE_SWAP", SNAPSHOT), Map.entry("MUTABLE_AFTER_INIT", SNAPSHOT),
            Map.entry("INCONSISTENT_LOCKING", MONITOR),
            Map.entry("UNLOCK_NOT_IN_FINALLY", new Guidance("reentrantlock", "ReentrantLock + HashMap")),
            Map.entry("LOCK_UPGRADE", new Guidance("reentrantreadwritelock", "ReentrantReadWriteLock + HashMap")),
            Map.entry("SYNC_MAP_ITERATION", new Guidance("synchronizedmap", "Collections.synchronizedMap")),
            Map.entry("LAZY_INIT_RACE", CHM));

    private static Map<String, RuleInfo> build() {
        List<RuleInfo> infos = new ArrayList<>(List.of(
                new RuleInfo("SHARED_UNSAFE_MAP",
                        "Non-thread-safe map shared between threads without a lock",
                        Severity.ERROR,
                        "HashMap, LinkedHashMap, TreeMap and friends are not thread-safe: a write racing with "
                                + "any other access can lose entries, return stale or wrong values, or corrupt the "
                                + "table so that a later get loops forever. A field of a class that several threads "
                                + "use, written outside construction without a lock, is exactly that race.",
                        "Use a ConcurrentHashMap (or ConcurrentSkipListMap for a sorted map), guard every access "
                                + "with one lock, or publish an immutable Map.copyOf(...) and replace it whole through "
                                + "a volatile field."),
                new RuleInfo("INCONSISTENT_LOCKING",
                        "Map field accessed with and without its lock",
                        Severity.ERROR,
                        "A lock protects a map only if every access takes it. An access without the lock races "
                                + "with the guarded writes: it can see a half-updated map or lose an update, and the "
                                + "locked accesses give false confidence.",
                        "Take the same lock at every access (or make the field a ConcurrentHashMap and drop the "
                                + "lock where single calls suffice). Keeping the map private and touching it only "
                                + "through synchronized methods makes the rule easy to keep."),
                new RuleInfo("CHECK_THEN_ACT",
                        "Check-then-act on a concurrent or synchronized map",
                        Severity.WARNING,
                        "A containsKey/get check followed by put/remove on the same key is two atomic calls, not one.",
                        "Use computeIfAbsent, putIfAbsent, compute, merge, replace or remove(k, v)."),
                new RuleInfo("NON_ATOMIC_UPDATE",
                        "Read-modify-write of a map entry in two calls",
                        Severity.ERROR,
                        "m.put(k, m.get(k) + 1) reads and writes in two calls; two threads can read the same old "
                                + "value and one increment is lost.",
                        "Use merge(k, 1, Integer::sum) or compute(k, (key, old) -> ...)."),
                new RuleInfo("MODIFY_WHILE_ITERATING",
                        "Map modified while it or one of its views is being iterated",
                        Severity.ERROR,
                        "Adding or removing keys during iteration over a HashMap, TreeMap or their keySet, values "
                                + "or entrySet throws ConcurrentModificationException at best; on a concurrent map "
                                + "the iterator is weakly consistent and may or may not see the change.",
                        "Remove through the iterator (iterator.remove()), use removeIf on the view, collect the "
                                + "changes and apply them after the loop, or iterate over a copy."),
                new RuleInfo("SYNC_MAP_ITERATION",
                        "Synchronized map iterated without holding its lock",
                        Severity.ERROR,
                        "Collections.synchronizedMap locks each of its own methods, but iterating its keySet, "
                                + "values or entrySet is a series of calls on the view's iterator with no lock held: "
                                + "a concurrent write causes ConcurrentModificationException or a wrong result. The "
                                + "Javadoc of synchronizedMap requires synchronized (map) around the loop.",
                        "Wrap the whole iteration in synchronized (map) { ... }, use map.forEach(...) (which the "
                                + "wrapper locks), or switch to a ConcurrentHashMap whose iterators are safe."),
                new RuleInfo("LOCK_UPGRADE",
                        "ReentrantReadWriteLock write lock taken while holding its read lock",
                        Severity.ERROR,
                        "ReentrantReadWriteLock does not support upgrading: writeLock().lock() while the same "
                                + "thread holds the read lock waits for all readers to leave, including itself, and "
                                + "deadlocks.",
                        "Release the read lock before taking the write lock and re-check the condition after "
                                + "acquiring it, or use StampedLock.tryConvertToWriteLock."),
                new RuleInfo("UNLOCK_NOT_IN_FINALLY",
                        "lock() not paired with unlock() in a finally block",
                        Severity.WARNING,
                        "If the code between lock() and unlock() throws, the lock is never released and every "
                                + "later caller blocks forever.",
                        "Write lock.lock(); try { ... } finally { lock.unlock(); } with nothing between lock() "
                                + "and try."),
                new RuleInfo("NON_VOLATILE_SWAP",
                        "Map reference replaced at run time through a plain field",
                        Severity.WARNING,
                        "A field that is reassigned to a new map while other threads read it (hot reload, "
                                + "refresh) needs a happens-before edge: without volatile, readers may keep the old map "
                                + "forever or see the new map before its contents.",
                        "Declare the field volatile (and publish an immutable Map.copyOf(...)), or hold it in an "
                                + "AtomicReference<Map<K, V>>."),
                new RuleInfo("MUTABLE_AFTER_INIT",
                        "Map filled once at initialization but left mutable or exposed",
                        Severity.NOTE,
                        "A map meant to be read-only after initialization but left mutable, or returned to "
                                + "callers, can be changed later by any thread, and every reader then races with that "
                                + "write.",
                        "Build it, then keep Map.copyOf(...) (or Collections.unmodifiableMap over a private copy) "
                                + "in a final field, and return that."),
                new RuleInfo("RECURSIVE_COMPUTE",
                        "computeIfAbsent/compute function modifies the same map",
                        Severity.ERROR,
                        "The mapping function of ConcurrentHashMap.computeIfAbsent/compute/merge must not update "
                                + "the same map: it can deadlock or throw IllegalStateException (\"Recursive update\"), "
                                + "and HashMap throws ConcurrentModificationException.",
                        "Compute the nested values first, outside the function, or use a separate map or a "
                                + "memoizing cache that supports recursive loads."),
                new RuleInfo("LAZY_INIT_RACE",
                        "Unsafe lazy initialization of a map field",
                        Severity.ERROR,
                        "if (map == null) map = new HashMap<>() without a lock lets two threads create two maps "
                                + "and lose the entries put into one; double-checked locking without volatile can "
                                + "publish a map before its constructor finished.",
                        "Initialize the field eagerly (final), use the holder-class idiom, or make the field "
                                + "volatile and double-check under a lock."),
                new RuleInfo(DATA_RACE,
                        "Data race on a map observed in a test run",
                        Severity.ERROR,
                        "Two threads accessed the same non-thread-safe map, at least one of them writing, with no "
                                + "happens-before order between the accesses (no common lock, no hand-off, no join): "
                                + "the map can lose entries or be corrupted.",
                        "Guard every access to this map with the same lock (a synchronized block or a "
                                + "ReentrantReadWriteLock), or replace it with a ConcurrentHashMap and use its "
                                + "atomic methods (computeIfAbsent, merge, compute); or confine the map to one thread "
                                + "and publish an immutable copy (Map.copyOf) to the others."),
                new RuleInfo(ATOMICITY_VIOLATION,
                        "Check-then-act on a concurrent map interleaved by another thread",
                        Severity.ERROR,
                        "A thread checked a key (containsKey/get) and then acted on the answer (put/remove), and "
                                + "another thread changed that key in between: the first thread acted on stale "
                                + "information and an update was lost.",
                        "Make the check and the act one atomic call: computeIfAbsent(key, k -> create(k)) or "
                                + "putIfAbsent(key, value) instead of get/containsKey followed by put; merge(key, "
                                + "delta, Integer::sum) or compute(key, (k, v) -> ...) for read-modify-write; "
                                + "remove(key, expectedValue) or replace(key, old, new) for conditional removal and "
                                + "replacement."),
                new RuleInfo(LOCK_ORDER_INVERSION,
                        "Two locks taken in opposite orders (a deadlock waiting for its interleaving)",
                        Severity.ERROR,
                        "One thread took lock B while holding lock A, another took A while holding B. Run at the "
                                + "same time, each can hold its first lock and wait for the other's forever. The "
                                + "test run that saw both orders did not deadlock, so the bug is only a matter of "
                                + "timing. Monitors (synchronized), ReentrantLock and read-write locks count; two "
                                + "read locks do not block each other, a tryLock cannot block, and a third lock held "
                                + "around both orders (a gate lock) serializes them, so those are not reported.",
                        "Take the two locks in one global order everywhere (e.g. by account id, or always the "
                                + "registry's lock before the entry's), or take the inner one with tryLock and back "
                                + "off, or do the inner work after releasing the outer lock."),
                new RuleInfo(LEAKED_THREAD,
                        "Thread started by a test and still running after it",
                        Severity.WARNING,
                        "A thread (or a pool's worker) that a test started and did not stop keeps running during "
                                + "the tests after it: it still reads and writes shared maps, so its races are "
                                + "reported under another test's name and make that test flaky, and a non-daemon "
                                + "thread keeps the test JVM alive. Threads the JDK or the test framework own (the "
                                + "common pool, JUnit's timeout thread) are not counted, nor threads that end within "
                                + "a moment of the test's end.",
                        "Stop what the test starts in the test or its @AfterEach: executor.shutdown() (then "
                                + "awaitTermination) or shutdownNow(), thread.interrupt() and join(), close() of the "
                                + "component that owns the thread; or create the executor in a try-with-resources "
                                + "block (ExecutorService is AutoCloseable since Java 19).")));
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        infos.forEach(info -> byId.put(info.id(), info));
        implemented().forEach(rule -> byId.put(rule.info().id(), rule.info()));
        return Collections.unmodifiableMap(byId);
    }
}
