package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The happens-before engine driven through its public hooks from real threads, in-process and
 * without the agent: the test plays the part of the instrumented code.
 */
class EngineHooksTest {
    private static final AtomicInteger NEXT_LINE = new AtomicInteger(1000);

    @TempDir
    Path dir;

    /** Keeps finished threads reachable so their names stay known. */
    private final List<Thread> threads = new ArrayList<>();

    @BeforeEach
    void openLog() throws IOException {
        RaceLog.open(dir);
    }

    // --- helpers -------------------------------------------------------------------------------

    private static int site(String op, boolean write) {
        return Sites.register("com.acme.Cache", "m", "Cache.java", NEXT_LINE.incrementAndGet(), op, write);
    }

    private static int lineOf(int site) {
        StringBuilder r = LogCodec.record("X");
        Sites.describe(r, "", site);
        return Integer.parseInt(LogCodec.fields(r.toString()).get("line"));
    }

    /** Runs {@code body} in a new thread that no happens-before edge connects to anything. */
    private void unordered(String name, Runnable body) throws InterruptedException {
        Thread t = new Thread(body, name);
        threads.add(t);
        t.start();
        t.join();
    }

    /** Runs {@code body} in a new thread started and joined with the start/join edges. */
    private void ordered(String name, Runnable body) throws InterruptedException {
        Thread t = new Thread(body, name);
        threads.add(t);
        ThreadLifecycle.beforeStart(t);
        t.start();
        t.join();
        ThreadHooks.afterJoin(t);
    }

    private static void locked(Object lock, Runnable body) {
        synchronized (lock) {
            MonitorHooks.monitorEnter(lock);
            try {
                body.run();
            } finally {
                MonitorHooks.monitorExit(lock);
            }
        }
    }

    private List<Map<String, String>> records(String type) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(RaceLog.FILE), StandardCharsets.UTF_8)) {
            if (LogCodec.type(line).equals(type)) {
                out.add(LogCodec.fields(line));
            }
        }
        return out;
    }

    private List<Map<String, String>> races() throws IOException {
        return records("RACE");
    }

    // --- races ---------------------------------------------------------------------------------

    @Test
    void shouldReportRaceWhenTwoThreadsPutWithoutSync() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int first = site("put", true);
        int second = site("put", true);

        unordered("writer-1", () -> {
            MapHooks.access(map, first);
            map.put("a", 1);
        });
        unordered("writer-2", () -> {
            MapHooks.access(map, second);
            map.put("b", 2);
        });

        List<Map<String, String>> races = races();
        assertThat(races).hasSize(1);
        Map<String, String> r = races.get(0);
        assertThat(r.get("kind")).isEqualTo("DATA_RACE");
        assertThat(r.get("mapType")).isEqualTo("java.util.HashMap");
        assertThat(r.get("cur.line")).isEqualTo(String.valueOf(lineOf(second)));
        assertThat(r.get("prev.line")).isEqualTo(String.valueOf(lineOf(first)));
        assertThat(r.get("cur.thread")).isEqualTo("writer-2");
        assertThat(r.get("prev.thread")).isEqualTo("writer-1");
        assertThat(r.get("cur.op")).isEqualTo("put");
        assertThat(r.get("cur.write")).isEqualTo("true");
        assertThat(r.get("prev.write")).isEqualTo("true");
        assertThat(r.get("cur.class")).isEqualTo("com.acme.Cache");
        assertThat(r.get("cur.file")).isEqualTo("Cache.java");
        assertThat(r).containsKeys("cur.stack", "id", "test");
        assertThat(r).doesNotContainKey("alloc.line");
        assertThat(RaceLog.distinctRaces()).isPositive();
    }

    @Test
    void shouldReportRaceWhenAReadFollowsAnUnorderedWrite() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int write = site("put", true);
        int read = site("get", false);

        unordered("writer", () -> MapHooks.access(map, write));
        unordered("reader", () -> MapHooks.access(map, read));

        List<Map<String, String>> races = races();
        assertThat(races).hasSize(1);
        assertThat(races.get(0))
                .containsEntry("cur.line", String.valueOf(lineOf(read)))
                .containsEntry("cur.op", "get")
                .containsEntry("cur.write", "false")
                .containsEntry("cur.thread", "reader")
                .containsEntry("prev.line", String.valueOf(lineOf(write)))
                .containsEntry("prev.write", "true")
                .containsEntry("prev.thread", "writer");
    }

    @Test
    void shouldReportRaceWhenAWriteFollowsAnUnorderedRead() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int read = site("containsKey", false);
        int write = site("remove", true);

        unordered("reader", () -> MapHooks.access(map, read));
        unordered("writer", () -> MapHooks.access(map, write));

        List<Map<String, String>> races = races();
        assertThat(races).hasSize(1);
        assertThat(races.get(0))
                .containsEntry("cur.line", String.valueOf(lineOf(write)))
                .containsEntry("cur.write", "true")
                .containsEntry("cur.thread", "writer")
                .containsEntry("prev.line", String.valueOf(lineOf(read)))
                .containsEntry("prev.write", "false")
                .containsEntry("prev.thread", "reader");
    }

    @Test
    void shouldNotReportRaceWhenBothThreadsLockTheSameMonitor() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        Object lock = new Object();
        int first = site("put", true);
        int second = site("put", true);
        int read = site("get", false);

        unordered("locked-1", () -> locked(lock, () -> {
            MapHooks.access(map, first);
            map.put("a", 1);
        }));
        unordered("locked-2", () -> locked(lock, () -> {
            MapHooks.access(map, second);
            map.put("b", 2);
        }));
        unordered("locked-3", () -> locked(lock, () -> MapHooks.access(map, read)));

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldReportRaceWhenThreadsLockDifferentMonitors() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        Object lock1 = new Object();
        Object lock2 = new Object();
        int first = site("put", true);
        int second = site("put", true);

        unordered("lock-one", () -> locked(lock1, () -> MapHooks.access(map, first)));
        unordered("lock-two", () -> locked(lock2, () -> MapHooks.access(map, second)));

        assertThat(races()).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("cur.thread", "lock-two")
                        .containsEntry("prev.thread", "lock-one"));
    }

    @Test
    void shouldReportRaceWhenOnlyOneThreadLocks() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        Object lock = new Object();
        int locked = site("put", true);
        int bare = site("put", true);

        unordered("with-lock", () -> locked(lock, () -> MapHooks.access(map, locked)));
        unordered("without-lock", () -> MapHooks.access(map, bare));

        assertThat(races()).hasSize(1);
    }

    @Test
    void shouldNotReportRaceWhenThreadsAreOrderedByStartAndJoin() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int inA = site("put", true);
        int inB = site("put", true);
        int inMainBefore = site("put", true);
        int inMainAfter = site("get", false);

        MapHooks.access(map, inMainBefore);
        ordered("ordered-a", () -> MapHooks.access(map, inA));
        ordered("ordered-b", () -> MapHooks.access(map, inB));
        MapHooks.access(map, inMainAfter);

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldReportRaceWhenTheParentWritesAfterStartWithoutJoin() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int inChild = site("put", true);
        int inParent = site("put", true);
        Thread child = new Thread(() -> MapHooks.access(map, inChild), "child");
        threads.add(child);

        ThreadLifecycle.beforeStart(child);
        child.start();
        child.join(); // the real join, but the detector is not told: no edge
        MapHooks.access(map, inParent);

        assertThat(races()).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("prev.thread", "child")
                        .containsEntry("cur.line", String.valueOf(lineOf(inParent))));
    }

    @Test
    void shouldReportGetOnAnAccessOrderedLinkedHashMapAsAWrite() throws Exception {
        assertThat(AccessOrder.enable()).isTrue();
        Map<String, Integer> lru = new java.util.LinkedHashMap<>(16, 0.75f, true);
        lru.put("a", 1);
        int get = site("get", false);

        unordered("reader-1", () -> {
            MapHooks.keyed(lru, "a", get);
            lru.get("a");
        });
        unordered("reader-2", () -> {
            MapHooks.keyed(lru, "a", get);
            lru.get("a");
        });

        List<Map<String, String>> races = races();
        assertThat(races).hasSize(1);
        assertThat(races.get(0).get("cur.op")).isEqualTo("get");
        assertThat(races.get(0).get("cur.write")).isEqualTo("true");
        assertThat(races.get(0).get("prev.write")).isEqualTo("true");
    }

    @Test
    void shouldKeepGetAReadOnAnInsertionOrderedLinkedHashMapAndContainsKeyOnAnAccessOrderedOne() throws Exception {
        assertThat(AccessOrder.enable()).isTrue();
        Map<String, Integer> insertion = new java.util.LinkedHashMap<>();
        Map<String, Integer> lru = new java.util.LinkedHashMap<>(16, 0.75f, true);
        int get = site("get", false);
        int contains = site("containsKey", false);

        unordered("reader-1", () -> {
            MapHooks.keyed(insertion, "a", get);
            MapHooks.keyed(lru, "a", contains);
        });
        unordered("reader-2", () -> {
            MapHooks.keyed(insertion, "a", get);
            MapHooks.keyed(lru, "a", contains);
        });

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldReportAWriteMadeAfterAReleaseThatPublishedNothingNew() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        Object lock = new Object();
        int before = site("put", true);
        int after = site("put", true);
        int read = site("get", false);

        unordered("publisher", () -> {
            MapHooks.access(map, before);
            SyncHooks.release(lock);
            SyncHooks.release(lock); // nothing recorded since the first: skipped
            MapHooks.access(map, after); // after both releases: not published by either
        });
        unordered("reader", () -> {
            SyncHooks.acquire(lock);
            MapHooks.access(map, read);
        });

        List<Map<String, String>> races = races();
        assertThat(races).hasSize(1);
        assertThat(races.get(0).get("prev.line")).isEqualTo(String.valueOf(lineOf(after)));
        assertThat(races.get(0).get("cur.line")).isEqualTo(String.valueOf(lineOf(read)));
    }

    @Test
    void shouldNotReportRaceWhenRepeatedReleasesFollowTheLastWrite() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        Object lock = new Object();
        int write = site("put", true);
        int read = site("get", false);

        unordered("publisher", () -> {
            MapHooks.access(map, write);
            for (int i = 0; i < 3; i++) {
                SyncHooks.release(lock);
            }
        });
        unordered("reader", () -> {
            SyncHooks.acquire(lock);
            MapHooks.access(map, read);
        });

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldOrderEveryCriticalSectionOfAThreadThatReentersItsOwnLock() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        Object lock = new Object();
        int first = site("put", true);
        int second = site("put", true);
        int read = site("get", false);

        unordered("owner", () -> {
            locked(lock, () -> MapHooks.access(map, first));
            locked(lock, () -> MapHooks.access(map, second)); // its own release: the acquire join is skipped
        });
        unordered("reader", () -> locked(lock, () -> MapHooks.access(map, read)));

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldStillSeeAnotherThreadsReleaseBetweenTwoOfItsOwnSections() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        Object lock = new Object();
        int mine = site("put", true);
        int theirs = site("put", true);
        int again = site("get", false);
        Thread other = new Thread(() -> locked(lock, () -> MapHooks.access(map, theirs)), "other");
        threads.add(other);

        unordered("owner", () -> {
            locked(lock, () -> MapHooks.access(map, mine));
            locked(lock, () -> MapHooks.access(map, mine)); // from here its acquires skip their joins
            other.start();
            try {
                other.join(); // not hooked: only the lock orders the two threads
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            locked(lock, () -> MapHooks.access(map, again));
        });

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldOrderAReaderAfterAConcurrentMapWriteOfTheSameKeyOnly() throws Exception {
        Map<String, Integer> sameKeyData = new HashMap<>();
        Map<String, Integer> otherKeyData = new HashMap<>();
        ConcurrentHashMap<String, Integer> board = new ConcurrentHashMap<>(Map.of("other", 0));
        int write = site("put", true);
        int publish = site("put", true);
        int lookup = site("get", false);
        int readSame = site("get", false);
        int readOther = site("get", false);

        unordered("writer", () -> {
            MapHooks.access(sameKeyData, write);
            MapHooks.access(otherKeyData, write);
            MapHooks.keyed(board, "ready", publish);
            board.put("ready", 1);
            MapHooks.after(board);
        });
        unordered("same-key-reader", () -> {
            MapHooks.keyed(board, "ready", lookup);
            board.get("ready");
            MapHooks.after(board);
            MapHooks.access(sameKeyData, readSame); // ordered: the update of "ready" happens before its retrieval
        });
        unordered("other-key-reader", () -> {
            MapHooks.keyed(board, "other", lookup);
            board.get("other");
            MapHooks.after(board);
            MapHooks.access(otherKeyData, readOther); // not ordered: "other" was never written by the writer
        });
        unordered("iterating-reader", () -> {
            MapHooks.access(board, lookup);
            board.size();
            MapHooks.after(board);
            MapHooks.access(sameKeyData, readSame); // a call without a key sees every key's writes
        });

        List<Map<String, String>> races = races();
        assertThat(races).hasSize(1);
        assertThat(races.get(0).get("cur.line")).isEqualTo(String.valueOf(lineOf(readOther)));
    }

    @Test
    void shouldOrderEveryReaderAfterAConcurrentMapWriteWithoutAKey() throws Exception {
        Map<String, Integer> data = new HashMap<>();
        ConcurrentHashMap<String, Integer> board = new ConcurrentHashMap<>();
        int write = site("put", true);
        int putAll = site("putAll", true);
        int lookup = site("get", false);
        int size = site("size", false);
        int read = site("get", false);

        unordered("writer", () -> {
            MapHooks.access(data, write);
            MapHooks.access(board, putAll);
            board.putAll(Map.of("a", 1, "b", 2));
            MapHooks.after(board);
        });
        unordered("keyed-reader", () -> {
            MapHooks.keyed(board, "b", lookup);
            board.get("b");
            MapHooks.after(board);
            MapHooks.access(data, read);
        });
        unordered("size-reader", () -> {
            MapHooks.access(board, size);
            board.size();
            MapHooks.after(board);
            MapHooks.access(data, read);
        });

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldAppendToTheLogOfAnEarlierTestJvmWithIdsOfItsOwn() throws Exception {
        Files.writeString(dir.resolve(RaceLog.FILE), "RACE\tid=otherjvm-1\ttest=x\n");
        RaceLog.open(dir); // a second fork opening the shared log
        Map<String, Integer> map = new HashMap<>();
        int a = site("put", true);
        int b = site("put", true);

        unordered("writer-1", () -> MapHooks.access(map, a));
        unordered("writer-2", () -> MapHooks.access(map, b));

        List<Map<String, String>> races = races();
        assertThat(races).hasSize(2);
        assertThat(races.get(0).get("id")).isEqualTo("otherjvm-1");
        assertThat(races.get(1).get("id")).startsWith(Long.toString(ProcessHandle.current().pid(), 36) + "-");
    }

    @Test
    void shouldOrderAHandOffThroughAConcurrentSetButNotThroughAPlainList() throws Exception {
        Map<String, Integer> viaSet = new HashMap<>();
        Map<String, Integer> viaList = new HashMap<>();
        java.util.Set<String> done = ConcurrentHashMap.newKeySet();
        List<String> plain = new ArrayList<>();
        int write = site("put", true);
        int readSet = site("get", false);
        int readList = site("get", false);

        unordered("producer", () -> {
            MapHooks.access(viaSet, write);
            CollectionHooks.collectionRelease(done);
            done.add("job");
            MapHooks.access(viaList, write); // after the set's release: only the list could publish it
            CollectionHooks.collectionRelease(plain);
            plain.add("job");
        });
        unordered("consumer", () -> {
            done.contains("job");
            CollectionHooks.collectionAcquire(done);
            MapHooks.access(viaSet, readSet);
            plain.contains("job");
            CollectionHooks.collectionAcquire(plain); // an ArrayList orders nothing
            MapHooks.access(viaList, readList);
        });

        List<Map<String, String>> races = races();
        assertThat(races).hasSize(1);
        assertThat(races.get(0).get("cur.line")).isEqualTo(String.valueOf(lineOf(readList)));
    }

    @Test
    void shouldNotReportRaceForConcurrentReadsOnly() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int r1 = site("get", false);
        int r2 = site("size", false);
        int r3 = site("keySet", false);

        unordered("reader-1", () -> MapHooks.access(map, r1));
        unordered("reader-2", () -> MapHooks.access(map, r2));
        unordered("reader-3", () -> MapHooks.access(map, r3));

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldReportRaceWhenAThirdThreadWritesAfterTwoConcurrentReads() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int r1 = site("get", false);
        int r2 = site("get", false);
        int w = site("put", true);

        unordered("reader-x", () -> MapHooks.access(map, r1));
        unordered("reader-y", () -> MapHooks.access(map, r2));
        unordered("writer-z", () -> MapHooks.access(map, w));

        List<Map<String, String>> races = races();
        assertThat(races).isNotEmpty();
        assertThat(races).allSatisfy(r -> assertThat(r)
                .containsEntry("cur.line", String.valueOf(lineOf(w)))
                .containsEntry("cur.thread", "writer-z"));
        assertThat(races).extracting(r -> r.get("prev.thread")).containsOnly("reader-x", "reader-y");
        assertThat(races).extracting(r -> r.get("prev.thread")).contains("reader-x", "reader-y");
    }

    @Test
    void shouldNotReportRaceWhenAWriteIsOrderedAfterConcurrentReads() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int r1 = site("get", false);
        int r2 = site("get", false);
        int w = site("put", true);

        ordered("ordered-reader-1", () -> MapHooks.access(map, r1));
        ordered("ordered-reader-2", () -> MapHooks.access(map, r2));
        MapHooks.access(map, w);

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldNotReportRaceWithinOneThread() throws Exception {
        Map<String, Integer> map = new TreeMap<>();
        int w = site("put", true);
        int r = site("get", false);

        unordered("alone", () -> {
            for (int i = 0; i < 100; i++) {
                MapHooks.access(map, w);
                MapHooks.access(map, r);
            }
        });

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldNeverReportRacesOnUntrackedMapTypes() throws Exception {
        List<Map<String, Integer>> maps = List.of(new ConcurrentHashMap<>(), Map.of("k", 1), Map.of(),
                java.util.Collections.synchronizedMap(new HashMap<>()),
                java.util.Collections.unmodifiableMap(new HashMap<>()), new java.util.Hashtable<>());
        for (Map<String, Integer> map : maps) {
            int first = site("put", true);
            int second = site("put", true);
            unordered("untracked-1", () -> MapHooks.access(map, first));
            unordered("untracked-2", () -> MapHooks.access(map, second));
        }

        assertThat(races()).isEmpty();
    }

    @Test
    void shouldTrackUserSubclassesOfHashMap() throws Exception {
        Map<String, Integer> map = new HashMap<>() {
        };
        int first = site("put", true);
        int second = site("put", true);

        unordered("sub-1", () -> MapHooks.access(map, first));
        unordered("sub-2", () -> MapHooks.access(map, second));

        assertThat(races()).singleElement()
                .satisfies(r -> assertThat(r.get("mapType")).isEqualTo(map.getClass().getName()));
    }

    @Test
    void shouldIgnoreANullMap() throws Exception {
        long errors = AgentErrors.count();
        int w = site("put", true);

        assertThatCode(() -> {
            MapHooks.access(null, w);
            MapHooks.allocated(null, w);
        }).doesNotThrowAnyException();
        unordered("null-user", () -> MapHooks.access(null, w));

        assertThat(AgentErrors.count()).isEqualTo(errors);
        assertThat(races()).isEmpty();
    }

    @Test
    void shouldNameTheAllocationSiteInTheRaceRecord() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int alloc = Sites.register("com.acme.Registry", "<init>", "Registry.java", 42, "new java.util.HashMap",
                false);
        int first = site("put", true);
        int second = site("put", true);

        MapHooks.allocated(map, alloc);
        unordered("alloc-1", () -> MapHooks.access(map, first));
        unordered("alloc-2", () -> MapHooks.access(map, second));

        assertThat(races()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("alloc.line", "42")
                .containsEntry("alloc.class", "com.acme.Registry")
                .containsEntry("alloc.method", "<init>")
                .containsEntry("alloc.file", "Registry.java"));
    }

    @Test
    void shouldReportTheSamePairOfSitesOnceAndCountTheRest() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int a = site("put", true);
        int b = site("put", true);
        int rounds = 10;

        for (int i = 0; i < rounds; i++) {
            int s = i % 2 == 0 ? a : b;
            unordered("repeat-" + i, () -> MapHooks.access(map, s));
        }

        List<Map<String, String>> races = races();
        assertThat(races).hasSize(1);
        String id = races.get(0).get("id");

        RaceLog.flush();

        List<Map<String, String>> counts = records("COUNT").stream().filter(c -> id.equals(c.get("id"))).toList();
        assertThat(counts).singleElement()
                .satisfies(c -> assertThat(Long.parseLong(c.get("n"))).isEqualTo(rounds - 1));
        assertThat(records("AGENT")).singleElement()
                .satisfies(r -> assertThat(r).containsKeys("errors", "first", "sites"));
    }

    @Test
    void shouldNotKeepATrackedMapAlive() throws Exception {
        int w = site("put", true);
        java.lang.ref.WeakReference<Object> ref = touchFromTwoThreads(w);
        threads.clear();
        // the main thread's one-entry cache must not pin it either
        MapHooks.access(new HashMap<>(), w);

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (ref.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(ref.get()).isNull();
    }

    private java.lang.ref.WeakReference<Object> touchFromTwoThreads(int site) throws InterruptedException {
        Map<String, Integer> map = new HashMap<>();
        MapHooks.allocated(map, site);
        unordered("keeper", () -> MapHooks.access(map, site));
        MapHooks.access(map, site);
        return new java.lang.ref.WeakReference<>(map);
    }
}
