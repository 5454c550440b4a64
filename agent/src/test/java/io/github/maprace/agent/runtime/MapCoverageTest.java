package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A map one thread writes and another uses in the same test is exercised, ordered or not; the same
 * two accesses in different tests only make it shared; a map one thread keeps to itself is neither.
 */
class MapCoverageTest {
    private static final AtomicInteger NEXT_LINE = new AtomicInteger(5000);

    @TempDir
    Path dir;

    @BeforeEach
    void openLog() throws IOException {
        RaceLog.open(dir);
    }

    @AfterEach
    void betweenTests() {
        TestContext.set("");
    }

    private static int site(String op, boolean write) {
        return Sites.register("com.acme.Registry", "m", "Registry.java", NEXT_LINE.incrementAndGet(), op, write);
    }

    private static int line(int site) {
        StringBuilder r = LogCodec.record("X");
        Sites.describe(r, "", site);
        return Integer.parseInt(LogCodec.fields(r.toString()).get("line"));
    }

    /** A thread started and joined with the start/join edges: its accesses are ordered with ours. */
    private static void inThread(Runnable body) throws InterruptedException {
        Thread t = new Thread(body, "worker");
        ThreadLifecycle.beforeStart(t);
        t.start();
        t.join();
        ThreadHooks.afterJoin(t);
    }

    private Optional<Map<String, String>> coverageOf(int allocation) throws IOException {
        RaceLog.flush();
        return Files.readAllLines(dir.resolve(RaceLog.FILE), StandardCharsets.UTF_8).stream()
                .filter(l -> LogCodec.type(l).equals("COVERAGE"))
                .map(LogCodec::fields)
                .filter(f -> f.get("alloc.line").equals(String.valueOf(line(allocation))))
                .reduce((a, b) -> b);
    }

    @Test
    void aWriteAndAnotherThreadsReadInOneTestExerciseTheMapEvenWhenOrdered() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int allocation = site("new java.util.HashMap", false);
        int put = site("put", true);
        int get = site("get", false);
        TestContext.set("com.acme.RegistryTest#registers");
        MapHooks.allocated(map, allocation);

        inThread(() -> MapHooks.access(map, put));
        MapHooks.access(map, get);

        assertThat(coverageOf(allocation)).hasValueSatisfying(c -> {
            assertThat(c.get("exercised")).isEqualTo("true");
            assertThat(c.get("tests")).isEqualTo("com.acme.RegistryTest#registers");
            assertThat(c.get("accesses")).contains("Registry.java:" + line(put)).contains("Registry.java:" + line(get));
        });
    }

    @Test
    void theSameAccessesInTwoTestsOnlyMakeTheMapShared() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int allocation = site("new java.util.HashMap", false);
        int put = site("put", true);
        int get = site("get", false);
        MapHooks.allocated(map, allocation);

        TestContext.set("com.acme.RegistryTest#fills");
        inThread(() -> MapHooks.access(map, put));
        TestContext.set("com.acme.RegistryTest#reads");
        MapHooks.access(map, get);

        assertThat(coverageOf(allocation)).hasValueSatisfying(c -> {
            assertThat(c.get("exercised")).isEqualTo("false");
            assertThat(c.get("tests")).isEmpty();
        });
    }

    @Test
    void aMapOneThreadKeepsToItselfIsNotShared() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int allocation = site("new java.util.HashMap", false);
        int put = site("put", true);
        int get = site("get", false);
        TestContext.set("com.acme.RegistryTest#confined");
        MapHooks.allocated(map, allocation);

        MapHooks.access(map, put);
        MapHooks.access(map, get);
        inThread(() -> { });
        MapHooks.access(map, put);

        assertThat(coverageOf(allocation)).isEmpty();
    }

    @Test
    void aConcurrentMapWrittenOnOneThreadAndReadOnAnotherInOneTestIsExercised() throws Exception {
        Map<String, Integer> map = new java.util.concurrent.ConcurrentHashMap<>();
        int allocation = site("new java.util.concurrent.ConcurrentHashMap", false);
        int put = site("put", true);
        int get = site("get", false);
        MapHooks.allocated(map, allocation);

        TestContext.set("com.acme.RegistryTest#alone");
        MapHooks.keyed(map, "k", put);
        MapHooks.after(map);
        MapHooks.keyed(map, "k", get);
        MapHooks.after(map);
        assertThat(coverageOf(allocation)).isEmpty();

        TestContext.set("com.acme.RegistryTest#shares");
        inThread(() -> {
            MapHooks.keyed(map, "k", put);
            MapHooks.after(map);
        });
        MapHooks.keyed(map, "k", get);
        MapHooks.after(map);

        assertThat(coverageOf(allocation)).hasValueSatisfying(c -> {
            assertThat(c.get("exercised")).isEqualTo("true");
            assertThat(c.get("tests")).isEqualTo("com.acme.RegistryTest#shares");
        });
    }

    @Test
    void twoThreadsThatOnlyReadDoNotShareAMap() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int allocation = site("new java.util.HashMap", false);
        int get = site("get", false);
        TestContext.set("com.acme.RegistryTest#reads");
        MapHooks.allocated(map, allocation);

        MapHooks.access(map, get);
        inThread(() -> MapHooks.access(map, get));

        assertThat(coverageOf(allocation)).isEmpty();
    }
}
