package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check-then-act on a concurrent map, observed: a check of a key, another thread's write of that
 * key (or a write without a key), then the act on the key is an ATOMICITY_VIOLATION; writes of
 * other keys, the thread's own writes and acts without a check in between are not. Two long-lived
 * threads take turns through executors the detector does not see.
 */
class AtomicityTrackerTest {
    private static final AtomicInteger NEXT_LINE = new AtomicInteger(7000);

    @TempDir
    Path dir;

    private ExecutorService t;
    private ExecutorService u;

    @BeforeEach
    void setUp() throws IOException {
        RaceLog.open(dir);
        t = Executors.newSingleThreadExecutor(r -> new Thread(r, "checker"));
        u = Executors.newSingleThreadExecutor(r -> new Thread(r, "writer"));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        t.shutdown();
        u.shutdown();
        t.awaitTermination(5, TimeUnit.SECONDS);
        u.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static int site(String op, boolean write, int category) {
        return Sites.register("com.acme.Stock", "m", "Stock.java", NEXT_LINE.incrementAndGet(), op, write, category);
    }

    // per test: the log reports a (check, act) pair of sites once per JVM
    private final int check = site("get", false, Sites.CHECK);
    private final int act = site("put", true, Sites.ACT);
    private final int write = site("merge", true, 0);
    private final int clear = site("clear", true, 0);

    private static void run(ExecutorService thread, Runnable step) throws Exception {
        thread.submit(step).get();
    }

    private List<Map<String, String>> violations() throws IOException {
        return Files.readAllLines(dir.resolve(RaceLog.FILE), StandardCharsets.UTF_8).stream()
                .filter(l -> LogCodec.type(l).equals("RACE"))
                .map(LogCodec::fields)
                .filter(f -> "ATOMICITY_VIOLATION".equals(f.get("kind")))
                .toList();
    }

    @Test
    void shouldReportAWriteOfTheCheckedKeyBetweenCheckAndAct() throws Exception {
        Map<String, Integer> stock = new ConcurrentHashMap<>();
        run(t, () -> MapHooks.keyed(stock, "apple", check));
        run(u, () -> MapHooks.keyed(stock, "apple", write));
        run(t, () -> MapHooks.keyed(stock, "apple", act));
        assertThat(violations()).hasSize(1);
    }

    @Test
    void shouldReportAWriteWithoutAKeyBetweenCheckAndAct() throws Exception {
        Map<String, Integer> stock = new ConcurrentHashMap<>();
        run(t, () -> MapHooks.keyed(stock, "apple", check));
        run(u, () -> MapHooks.keyed(stock, null, clear));
        run(t, () -> MapHooks.keyed(stock, "apple", act));
        assertThat(violations()).hasSize(1);
    }

    @Test
    void shouldFindTheCheckedKeyAmongWritesOfOtherKeys() throws Exception {
        Map<String, Integer> stock = new ConcurrentHashMap<>();
        run(t, () -> MapHooks.keyed(stock, "apple", check));
        run(u, () -> {
            for (int i = 0; i < 20; i++) {
                MapHooks.keyed(stock, "pear" + i, write); // some share the apple's stripe
            }
            MapHooks.keyed(stock, new String("apple"), write); // an equal key, another object
        });
        run(t, () -> MapHooks.keyed(stock, "apple", act));
        assertThat(violations()).hasSize(1);
    }

    @Test
    void shouldNotReportWritesOfOtherKeysOrOwnWrites() throws Exception {
        Map<String, Integer> stock = new ConcurrentHashMap<>();
        run(t, () -> MapHooks.keyed(stock, "apple", check));
        run(u, () -> {
            for (int i = 0; i < 200; i++) {
                MapHooks.keyed(stock, "pear" + i, write);
            }
        });
        run(t, () -> {
            MapHooks.keyed(stock, "apple", write);
            MapHooks.keyed(stock, "apple", act);
        });
        run(t, () -> MapHooks.keyed(stock, "plum", act)); // an act with no check of its key
        assertThat(violations()).isEmpty();
    }

    @Test
    void shouldReportBothThreadsChecksWhenTheInterleavedWriteWasAnActToo() throws Exception {
        Map<String, Integer> stock = new ConcurrentHashMap<>();
        int otherCheck = site("containsKey", false, Sites.CHECK);
        run(t, () -> MapHooks.keyed(stock, "apple", check));
        run(u, () -> {
            MapHooks.keyed(stock, "apple", otherCheck);
            MapHooks.keyed(stock, "apple", act);
        });
        run(t, () -> MapHooks.keyed(stock, "apple", act));

        assertThat(violations()).singleElement().satisfies(v -> {
            assertThat(v.get("check.thread")).isEqualTo("checker");
            assertThat(v.get("check.op")).isEqualTo("get");
            assertThat(v.get("prev.thread")).isEqualTo("writer");
            assertThat(v.get("prevcheck.op")).isEqualTo("containsKey");
            assertThat(v.get("prevcheck.thread")).isEqualTo("writer");
        });
    }

    @Test
    void shouldNotInventACheckForAWriteThatFollowedNone() throws Exception {
        Map<String, Integer> stock = new ConcurrentHashMap<>();
        run(t, () -> MapHooks.keyed(stock, "apple", check));
        run(u, () -> MapHooks.keyed(stock, "apple", act)); // an act, but after no check of its own
        run(t, () -> MapHooks.keyed(stock, "apple", act));

        assertThat(violations()).singleElement().satisfies(v -> assertThat(v).doesNotContainKey("prevcheck.op"));
    }
}
