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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slots of joined threads are reused by threads started after the join: clocks stay as wide as
 * the threads alive at once, and reuse neither hides a race nor invents one.
 */
class ThreadSlotsTest {
    private static final AtomicInteger NEXT_LINE = new AtomicInteger(5000);

    @TempDir
    Path dir;

    private final List<Thread> threads = new ArrayList<>();

    @BeforeEach
    void openLog() throws IOException {
        RaceLog.open(dir);
    }

    private static int site(String op, boolean write) {
        return Sites.register("com.acme.Pool", "m", "Pool.java", NEXT_LINE.incrementAndGet(), op, write);
    }

    private static void write(Map<String, Integer> map, int site) {
        MapHooks.access(map, site);
        map.put("k", 1);
    }

    /** Starts {@code body} with the start edge; the caller joins it (or not). */
    private Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        threads.add(t);
        ThreadLifecycle.beforeStart(t);
        t.start();
        return t;
    }

    private static void join(Thread t) throws InterruptedException {
        t.join();
        ThreadHooks.afterJoin(t);
    }

    private List<Map<String, String>> races() throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(RaceLog.FILE), StandardCharsets.UTF_8)) {
            if (LogCodec.type(line).equals("RACE")) {
                out.add(LogCodec.fields(line));
            }
        }
        return out;
    }

    @Test
    void shouldKeepClocksAsWideAsTheThreadsAliveWhenThreadsAreStartedAndJoinedOneAfterTheOther()
            throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int put = site("put", true);
        ThreadState.current(); // the starter's own slot first
        join(start("warm-up", () -> write(map, put)));
        int slots = ThreadState.threadsSeen();
        int started = ThreadState.threadsStarted();

        for (int i = 0; i < 200; i++) {
            join(start("worker-" + i, () -> write(map, put)));
        }

        assertThat(ThreadState.threadsStarted() - started).isEqualTo(200);
        assertThat(ThreadState.threadsSeen()).isEqualTo(slots);
        assertThat(races()).isEmpty(); // every worker is ordered after the one before
    }

    @Test
    void shouldStillReportTheRaceOfAThreadOnAReusedSlotWithAThreadNobodyJoined() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int byLoner = site("put", true);
        int byReuser = site("put", true);
        CountDownLatch lonerWrote = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread loner = new Thread(() -> { // not started through the hooks: nothing orders it
            write(map, byLoner);
            lonerWrote.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "loner");
        threads.add(loner);
        loner.start();
        lonerWrote.await();
        join(start("first-owner", () -> { }));
        join(start("second-owner", () -> write(map, byReuser)));
        done.countDown();
        loner.join();

        assertThat(races()).singleElement().satisfies(r -> {
            assertThat(r.get("cur.thread")).isEqualTo("second-owner");
            assertThat(r.get("prev.thread")).isEqualTo("loner");
        });
    }

    @Test
    void shouldNameThePreviousThreadOfASlotInARaceFoundAfterTheSlotWasReused() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int byFirst = site("put", true);
        int byLoner = site("put", true);
        join(start("first-owner", () -> write(map, byFirst)));
        join(start("next-owner", () -> { })); // very likely takes first-owner's slot
        Thread loner = new Thread(() -> write(map, byLoner), "loner");
        threads.add(loner);
        loner.start();
        loner.join();

        assertThat(races()).singleElement().satisfies(r -> {
            assertThat(r.get("cur.thread")).isEqualTo("loner");
            assertThat(r.get("prev.thread")).isEqualTo("first-owner");
        });
    }
}
