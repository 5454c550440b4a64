package com.example.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The correct variants: what a test starts, its @AfterEach stops. */
class StoppedPollerTest {
    private final Map<String, Long> seen = new HashMap<>();
    private final Poller poller = new Poller(seen, "sports");
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopEverything() throws InterruptedException {
        poller.stop();
        pool.shutdown();
    }

    @Test
    void pollerIsStoppedAfterTheTest() throws InterruptedException {
        poller.start();
        Thread.sleep(10);
        assertTrue(true);
    }

    @Test
    void poolIsShutDownAfterTheTest() throws Exception {
        Future<Integer> answer = pool.submit(() -> 42);
        assertEquals(42, answer.get());
    }
}
