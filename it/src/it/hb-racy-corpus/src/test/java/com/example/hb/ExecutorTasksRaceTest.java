package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Program executor-tasks-put: two tasks on a two-thread pool (so two worker threads) run the same
 * put into one shared HashMap. The main thread does not touch the map afterwards.
 */
class ExecutorTasksRaceTest {

    @Test
    void poolTasksPutIntoOneSharedMap() throws InterruptedException {
        Map<String, Integer> ledger = new HashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int t = 0; t < 2; t++) {
            int task = t;
            pool.execute(() -> {
                for (int i = 0; i < 20; i++) {
                    ledger.put("task" + task + "-entry" + i, i); // race: executor-tasks-put (same line)
                }
                done.incrementAndGet();
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertTrue(done.get() == 2);
    }
}
