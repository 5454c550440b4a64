package io.github.maprace.plugin.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bad and a good example for each static rule, for the generated rule catalog
 * ({@code src/site/markdown/rules.md}). Each example is a whole compilation unit: a unit test runs
 * the static pass over it and checks that the bad one is flagged by its rule and the good one is
 * not, so the documentation cannot drift from what the rules do. They are written without package
 * and imports: {@link #IMPORTS} completes them. The examples live here rather
 * than in {@link io.github.maprace.plugin.model.RuleInfo}, whose shape is report API, and in test
 * code because only the page generator ({@link RuleDocs}) and its test read them: the plugin does
 * not ship them.
 */
final class RuleExamples {

    /**
     * One rule's examples.
     *
     * @param bad     code the rule flags, the reported line marked {@code // ... reported here}
     * @param good    the same code written correctly
     * @param runTime true when only a test run can tell (a dynamic rule, or concurrency coverage):
     *                the page says so, and the static check of the examples leaves them out
     */
    record Example(String bad, String good, boolean runTime) {
        Example(String bad, String good) {
            this(bad, good, false);
        }
    }

    /** The imports every example assumes, in the form the catalog shows them once. */
    static final String IMPORTS = String.join("\n",
            "import java.math.BigInteger;",
            "import java.nio.charset.Charset;",
            "import java.nio.charset.StandardCharsets;",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "import java.util.concurrent.locks.*;",
            "import java.util.stream.Collectors;");

    private static final Map<String, Example> EXAMPLES = build();

    private RuleExamples() {
    }

    /**
     * Where each static rule reports, the location contract of CONTRACT.md in the catalog's words:
     * the line where the user makes the fix, and which other lines the finding lists as related.
     */
    private static final Map<String, String> REPORTED_AT = Map.ofEntries(
            Map.entry(SharedUnsafeMapRule.ID, "the field declaration, whose type the fix changes; the unguarded "
                    + "writes are listed as related lines."),
            Map.entry(InconsistentLockingRule.ID, "each access that does not hold the guarding lock, one finding per "
                    + "access; a guarded access (or the @GuardedBy declaration) is the related line."),
            Map.entry(CheckThenActRule.ID, "the act (the put, remove or putIfAbsent the fix replaces); the check is "
                    + "the related line."),
            Map.entry(NonAtomicUpdateRule.ID, "the put that writes the computed value; the read is the related line."),
            Map.entry(ModifyWhileIteratingRule.ID, "the call that changes the map inside the loop or callback; the "
                    + "loop is the related line."),
            Map.entry(SyncMapIterationRule.ID, "the traversal: the for line, the .stream() or .iterator() call, the "
                    + "copy; a view kept in a variable lists where it was taken."),
            Map.entry(LockUpgradeRule.ID, "the write lock's lock(); the read lock's lock() is the related line."),
            Map.entry(UnlockNotInFinallyRule.ID, "the lock() (or tryLock()); the unlock() outside a finally, or the "
                    + "finally it should precede, is the related line."),
            Map.entry(NonVolatileSwapRule.ID, "the field declaration, where volatile goes; the assignments that "
                    + "replace the map (and in-place changes of it) are the related lines."),
            Map.entry(MutableAfterInitRule.ID, "the field declaration, where the read-only copy goes; the first fill "
                    + "and the getters or other classes that can change it are the related lines."),
            Map.entry(RecursiveComputeRule.ID, "the compute or computeIfAbsent call; the nested update of the same "
                    + "map (and the call that leads to it) are the related lines."),
            Map.entry(LazyInitRaceRule.ID, "the assignment inside the null check; the null check (both checks of a "
                    + "double-checked locking) is the related line."),
            Map.entry(UntestedSharedMapRule.ID, "the field declaration of the map no test exercised."));

    /** Where rule {@code ruleId} reports and what it lists as related, or empty for a dynamic rule. */
    static Optional<String> reportedAt(String ruleId) {
        return Optional.ofNullable(REPORTED_AT.get(ruleId));
    }

    /** The examples of rule {@code ruleId}, or empty for an id without any. */
    static Optional<Example> of(String ruleId) {
        return Optional.ofNullable(EXAMPLES.get(ruleId));
    }

    private static Map<String, Example> build() {
        Map<String, Example> examples = new LinkedHashMap<>();
        examples.put(SharedUnsafeMapRule.ID, new Example("""
                public class SessionCache implements Runnable {
                    private final Map<String, String> sessions = new HashMap<>(); // reported here

                    public void login(String id, String user) {
                        sessions.put(id, user); // HashMap written by request threads
                    }

                    @Override
                    public void run() {
                        sessions.clear();
                    }
                }
                """, """
                public class SessionCache implements Runnable {
                    private final Map<String, String> sessions = new ConcurrentHashMap<>();

                    public void login(String id, String user) {
                        sessions.put(id, user);
                    }

                    @Override
                    public void run() {
                        sessions.clear();
                    }
                }
                """));
        examples.put(InconsistentLockingRule.ID, new Example("""
                public class Registry {
                    private final Map<String, Integer> ports = new HashMap<>();

                    public synchronized void register(String name, int port) {
                        ports.put(name, port);
                    }

                    public Integer lookup(String name) {
                        return ports.get(name); // no lock: races with register() (reported here)
                    }
                }
                """, """
                public class Registry {
                    private final Map<String, Integer> ports = new HashMap<>();

                    public synchronized void register(String name, int port) {
                        ports.put(name, port);
                    }

                    public synchronized Integer lookup(String name) {
                        return ports.get(name);
                    }
                }
                """));
        examples.put(CheckThenActRule.ID, new Example("""
                public class ThumbnailCache {
                    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

                    public byte[] get(String key) {
                        if (!cache.containsKey(key)) {
                            cache.put(key, render(key)); // reported here
                        }
                        return cache.get(key);
                    }

                    private byte[] render(String key) {
                        return key.getBytes();
                    }
                }
                """, """
                public class ThumbnailCache {
                    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

                    public byte[] get(String key) {
                        return cache.computeIfAbsent(key, k -> render(k));
                    }

                    private byte[] render(String key) {
                        return key.getBytes();
                    }
                }
                """));
        examples.put(NonAtomicUpdateRule.ID, new Example("""
                public class HitCounter {
                    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

                    public void hit(String page) {
                        hits.put(page, hits.getOrDefault(page, 0) + 1); // reported here
                    }
                }
                """, """
                public class HitCounter {
                    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

                    public void hit(String page) {
                        hits.merge(page, 1, Integer::sum);
                    }
                }
                """));
        examples.put(ModifyWhileIteratingRule.ID, new Example("""
                public class Sessions {
                    public static void expire(Map<String, Long> lastSeen, long cutoff) {
                        for (String id : lastSeen.keySet()) {
                            if (lastSeen.get(id) < cutoff) {
                                lastSeen.remove(id); // reported here
                            }
                        }
                    }
                }
                """, """
                public class Sessions {
                    public static void expire(Map<String, Long> lastSeen, long cutoff) {
                        lastSeen.values().removeIf(seen -> seen < cutoff);
                    }
                }
                """));
        examples.put(SyncMapIterationRule.ID, new Example("""
                public class Listeners {
                    private final Map<String, Runnable> listeners = Collections.synchronizedMap(new HashMap<>());

                    public void fire() {
                        for (Runnable listener : listeners.values()) { // reported here
                            listener.run();
                        }
                    }
                }
                """, """
                public class Listeners {
                    private final Map<String, Runnable> listeners = Collections.synchronizedMap(new HashMap<>());

                    public void fire() {
                        synchronized (listeners) {
                            for (Runnable listener : listeners.values()) {
                                listener.run();
                            }
                        }
                    }
                }
                """));
        examples.put(LockUpgradeRule.ID, new Example("""
                public class Config {
                    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();
                    private final Map<String, String> values = new HashMap<>();

                    public String get(String key) {
                        rwl.readLock().lock();
                        try {
                            String value = values.get(key);
                            if (value == null) {
                                rwl.writeLock().lock(); // deadlocks: this thread still holds the read lock (reported here)
                                try {
                                    value = "default";
                                    values.put(key, value);
                                } finally {
                                    rwl.writeLock().unlock();
                                }
                            }
                            return value;
                        } finally {
                            rwl.readLock().unlock();
                        }
                    }
                }
                """, """
                public class Config {
                    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();
                    private final Map<String, String> values = new HashMap<>();

                    public String get(String key) {
                        rwl.readLock().lock();
                        try {
                            String value = values.get(key);
                            if (value != null) {
                                return value;
                            }
                        } finally {
                            rwl.readLock().unlock();
                        }
                        rwl.writeLock().lock();
                        try {
                            return values.computeIfAbsent(key, k -> "default");
                        } finally {
                            rwl.writeLock().unlock();
                        }
                    }
                }
                """));
        examples.put(UnlockNotInFinallyRule.ID, new Example("""
                public class Ledger {
                    private final ReentrantLock lock = new ReentrantLock();
                    private final Map<String, Long> balances = new HashMap<>();

                    public void credit(String account, long amount) {
                        lock.lock(); // reported here
                        balances.merge(account, amount, Long::sum);
                        lock.unlock();
                    }
                }
                """, """
                public class Ledger {
                    private final ReentrantLock lock = new ReentrantLock();
                    private final Map<String, Long> balances = new HashMap<>();

                    public void credit(String account, long amount) {
                        lock.lock();
                        try {
                            balances.merge(account, amount, Long::sum);
                        } finally {
                            lock.unlock();
                        }
                    }
                }
                """));
        examples.put(NonVolatileSwapRule.ID, new Example("""
                public final class FeatureFlags {
                    private static Map<String, Boolean> flags = new HashMap<>(); // reported here

                    public static void refresh(Map<String, Boolean> latest) {
                        flags = new HashMap<>(latest); // readers may never see the new map
                    }

                    public static boolean enabled(String flag) {
                        return flags.getOrDefault(flag, false);
                    }
                }
                """, """
                public final class FeatureFlags {
                    private static volatile Map<String, Boolean> flags = Map.of();

                    public static void refresh(Map<String, Boolean> latest) {
                        flags = Map.copyOf(latest);
                    }

                    public static boolean enabled(String flag) {
                        return flags.getOrDefault(flag, false);
                    }
                }
                """));
        examples.put(MutableAfterInitRule.ID, new Example("""
                public enum Color {
                    RED("r"), GREEN("g");

                    private static final Map<String, Color> BY_CODE = new HashMap<>(); // reported here

                    static {
                        for (Color color : values()) {
                            BY_CODE.put(color.code, color);
                        }
                    }

                    private final String code;

                    Color(String code) {
                        this.code = code;
                    }

                    public static Color of(String code) {
                        return BY_CODE.get(code);
                    }

                    public static Map<String, Color> byCode() {
                        return BY_CODE; // any caller can now change the table
                    }
                }
                """, """
                public enum Color {
                    RED("r"), GREEN("g");

                    private static final Map<String, Color> BY_CODE =
                            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(c -> c.code, c -> c));

                    private final String code;

                    Color(String code) {
                        this.code = code;
                    }

                    public static Color of(String code) {
                        return BY_CODE.get(code);
                    }

                    public static Map<String, Color> byCode() {
                        return BY_CODE;
                    }
                }
                """));
        examples.put(RecursiveComputeRule.ID, new Example("""
                public class Fibonacci {
                    private final Map<Integer, BigInteger> memo = new ConcurrentHashMap<>();

                    public BigInteger fib(int n) {
                        if (n < 2) {
                            return BigInteger.valueOf(n);
                        }
                        return memo.computeIfAbsent(n, k -> fib(k - 1).add(fib(k - 2))); // reported here
                    }
                }
                """, """
                public class Fibonacci {
                    private final Map<Integer, BigInteger> memo = new ConcurrentHashMap<>();

                    public BigInteger fib(int n) {
                        if (n < 2) {
                            return BigInteger.valueOf(n);
                        }
                        BigInteger known = memo.get(n);
                        if (known != null) {
                            return known;
                        }
                        BigInteger value = fib(n - 1).add(fib(n - 2)); // computed outside the map's function
                        BigInteger raced = memo.putIfAbsent(n, value);
                        return raced != null ? raced : value;
                    }
                }
                """));
        examples.put(LazyInitRaceRule.ID, new Example("""
                public class Codecs {
                    private static Map<String, Charset> byName;

                    public static Charset lookup(String name) {
                        if (byName == null) {
                            byName = new HashMap<>(); // reported here
                            byName.put("utf8", StandardCharsets.UTF_8);
                        }
                        return byName.get(name);
                    }
                }
                """, """
                public class Codecs {
                    private static final Map<String, Charset> BY_NAME = Map.of("utf8", StandardCharsets.UTF_8);

                    public static Charset lookup(String name) {
                        return BY_NAME.get(name);
                    }
                }
                """));
        runTimeExamples(examples);
        return examples;
    }

    /** Examples of what the tests must make happen; the ITs check these shapes end to end. */
    private static void runTimeExamples(Map<String, Example> examples) {
        examples.put(RuleCatalog.LOCK_ORDER_INVERSION, new Example("""
                public class Bank {
                    public void transfer(Account from, Account to, long amount) {
                        from.lock.lock(); // teller 1: alice then bob; teller 2: bob then alice
                        try {
                            to.lock.lock();
                            try {
                                from.balance -= amount;
                                to.balance += amount;
                            } finally {
                                to.lock.unlock();
                            }
                        } finally {
                            from.lock.unlock();
                        }
                    }
                }
                """, """
                public class Bank {
                    public void transfer(Account from, Account to, long amount) {
                        Account first = from.id < to.id ? from : to; // one global order: by id
                        Account second = first == from ? to : from;
                        first.lock.lock();
                        try {
                            second.lock.lock();
                            try {
                                from.balance -= amount;
                                to.balance += amount;
                            } finally {
                                second.lock.unlock();
                            }
                        } finally {
                            first.lock.unlock();
                        }
                    }
                }
                """, true));
        examples.put(RuleCatalog.LEAKED_THREAD, new Example("""
                class PollerTest {
                    @Test
                    void polls() throws Exception {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(() -> feed.poll()).get(); // the pool's threads outlive the test
                        assertEquals(1, feed.size());
                    }
                }
                """, """
                class PollerTest {
                    private final ExecutorService pool = Executors.newFixedThreadPool(2);

                    @AfterEach
                    void stopThePool() throws InterruptedException {
                        pool.shutdownNow();
                        pool.awaitTermination(5, TimeUnit.SECONDS);
                    }

                    @Test
                    void polls() throws Exception {
                        pool.submit(() -> feed.poll()).get();
                        assertEquals(1, feed.size());
                    }
                }
                """, true));
        examples.put(UntestedSharedMapRule.ID, new Example("""
                public class PriceList {
                    private final Map<String, Long> prices = new ConcurrentHashMap<>(); // no test shares it

                    public void refreshIn(ExecutorService feed, String item, long cents) {
                        feed.execute(() -> prices.put(item, cents));
                    }

                    public Long price(String item) {
                        return prices.get(item);
                    }
                }

                class PriceListTest {
                    @Test
                    void refreshes() throws Exception {
                        ExecutorService direct = new DirectExecutorService(); // runs on the test thread
                        prices.refreshIn(direct, "apple", 120);
                        assertEquals(120L, prices.price("apple"));
                    }
                }
                """, """
                class PriceListTest {
                    @Test
                    void refreshesWhileRequestsRead() throws Exception {
                        ExecutorService feed = Executors.newSingleThreadExecutor();
                        try {
                            prices.refreshIn(feed, "apple", 120); // written on the feed's thread
                            for (int i = 0; i < 1000 && prices.price("apple") == null; i++) {
                                Thread.onSpinWait(); // read on the test thread meanwhile
                            }
                        } finally {
                            feed.shutdown();
                            feed.awaitTermination(5, TimeUnit.SECONDS);
                        }
                        assertEquals(120L, prices.price("apple"));
                    }
                }
                """, true));
    }
}
