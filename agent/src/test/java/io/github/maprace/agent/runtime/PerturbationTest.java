package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Perturbation: the delay decisions follow the seed, the site and the occurrence, stay within
 * their budgets, and make a check-then-act window wide enough for another thread's write.
 */
class PerturbationTest {
    private static final AtomicInteger NEXT_LINE = new AtomicInteger(9000);

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws IOException {
        RaceLog.open(dir);
        Perturbation.reset();
    }

    @AfterEach
    void tearDown() {
        Perturbation.reset();
    }

    private static int site(String op, boolean write, int category) {
        return Sites.register("com.acme.Registry", "get", "Registry.java", NEXT_LINE.incrementAndGet(), op, write,
                category);
    }

    private static List<Long> decisions(int site, int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Perturbation.decide(site));
        }
        return out;
    }

    @Test
    void shouldDelayTheFirstActsOfASiteAndKeepToItsBudget() {
        Perturbation.enable(42);
        List<Long> d = decisions(site("put", true, Sites.ACT), 200);
        assertThat(d.get(0)).isBetween(Perturbation.MIN_DELAY_MILLIS, Perturbation.MAX_DELAY_MILLIS);
        assertThat(d.get(1)).isBetween(Perturbation.MIN_DELAY_MILLIS, Perturbation.MAX_DELAY_MILLIS);
        assertThat(d.stream().filter(m -> m > 0).count()).isEqualTo(Perturbation.DELAYS_PER_SITE_PER_TEST);
        assertThat(d.subList(100, 200)).containsOnly(0L);
    }

    @Test
    void shouldDecideTheSameWayForTheSameSeedAndSite() {
        int site = site("put", true, Sites.ACT);
        Perturbation.enable(7);
        List<Long> first = decisions(site, 50);
        Perturbation.reset();
        Perturbation.enable(7);
        assertThat(decisions(site, 50)).isEqualTo(first);
        // another seed gives other delays for the same site (lengths differ even where both delay)
        List<List<Long>> others = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            Perturbation.reset();
            Perturbation.enable(seed);
            others.add(decisions(site, 50));
        }
        assertThat(others).anyMatch(o -> !o.equals(first));
    }

    @Test
    void shouldStopDelayingASiteOnceItsViolationWasReported() {
        Perturbation.enable(1);
        int site = site("put", true, Sites.ACT);
        assertThat(Perturbation.decide(site)).isPositive();
        Perturbation.found(site);
        assertThat(decisions(site, 20)).containsOnly(0L);
    }

    @Test
    void shouldKeepAllSitesOfATestWithinTheTestBudget() {
        Perturbation.enable(3);
        long total = 0;
        for (int i = 0; i < 200; i++) {
            total += decisions(site("put", true, Sites.ACT), 2).stream().mapToLong(Long::longValue).sum();
        }
        assertThat(total).isLessThan(Perturbation.MILLIS_PER_TEST + Perturbation.MAX_DELAY_MILLIS);
        assertThat(Perturbation.record().toString()).contains("skipped=");
    }

    @Test
    void shouldWriteNoRecordWhenOff() {
        assertThat(Perturbation.record()).isNull();
    }

    /** Checker: check, then act at once; writer: writes the key as soon as the check is done. */
    private List<Map<String, String>> checkThenActAgainstAWriter() throws Exception {
        int check = site("get", false, Sites.CHECK);
        int actLine = NEXT_LINE.incrementAndGet();
        int act = Sites.register("com.acme.Registry", "get", "Registry.java", actLine, "put", true, Sites.ACT);
        int write = site("put", true, Sites.ACT);
        Map<String, Integer> map = new ConcurrentHashMap<>();
        CountDownLatch checked = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            MapHooks.keyed(map, "other", write); // the map is shared before the checker acts
            try {
                checked.await();
            } catch (InterruptedException e) {
                return;
            }
            MapHooks.keyed(map, "breaker", write);
        }, "writer");
        Thread checker = new Thread(() -> {
            MapHooks.keyed(map, "breaker", check);
            checked.countDown();
            MapHooks.keyed(map, "breaker", act);
        }, "checker");
        writer.start();
        Thread.sleep(20);
        checker.start();
        checker.join();
        writer.join();
        return Files.readAllLines(dir.resolve(RaceLog.FILE), StandardCharsets.UTF_8).stream()
                .filter(l -> LogCodec.type(l).equals("RACE"))
                .map(LogCodec::fields)
                .filter(f -> "ATOMICITY_VIOLATION".equals(f.get("kind")))
                .filter(f -> String.valueOf(actLine).equals(f.get("cur.line")))
                .toList();
    }

    @Test
    void shouldMakeTheWriterLandBetweenCheckAndAct() throws Exception {
        Perturbation.enable(11);
        assertThat(checkThenActAgainstAWriter()).hasSize(1);
        assertThat(Perturbation.record().toString()).contains("delays=1");
    }

    @Test
    void shouldNotDelayATestThreadOnAMapNoOtherThreadUsed() {
        Perturbation.enable(5);
        int check = site("get", false, Sites.CHECK);
        int act = site("put", true, Sites.ACT);
        Map<String, Integer> map = new ConcurrentHashMap<>();
        TestContext.set("RegistryTest#alone");
        try {
            MapHooks.keyed(map, "k", check);
            MapHooks.keyed(map, "k", act);
            // the map's own lock held (a synchronized map checked and filled inside synchronized (map))
            Map<String, Integer> sync = java.util.Collections.synchronizedMap(new java.util.HashMap<>());
            Thread other = new Thread(() -> MapHooks.keyed(sync, "k", check));
            other.start();
            other.join();
            synchronized (sync) {
                MonitorHooks.monitorEnter(sync); // what instrumented code calls after monitorenter
                MapHooks.keyed(sync, "k", check);
                MapHooks.keyed(sync, "k", act);
                MonitorHooks.monitorExit(sync);
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            TestContext.set("");
        }
        assertThat(Perturbation.record().toString()).contains("delays=0");
    }

    @Test
    void shouldNotDelayOutsideTestsOnAMapOnlyOneThreadUses() throws Exception {
        Perturbation.enable(6);
        TestContext.set(""); // the agent's own test listener names this JVM's tests too: between tests now
        int check = site("get", false, Sites.CHECK);
        int act = site("put", true, Sites.ACT);
        Map<String, Integer> map = new ConcurrentHashMap<>();
        Thread alone = new Thread(() -> {
            MapHooks.keyed(map, "k", check);
            MapHooks.keyed(map, "k", act);
        }, "main-like");
        alone.start();
        alone.join();
        assertThat(Perturbation.record().toString()).contains("delays=0");
    }
}
