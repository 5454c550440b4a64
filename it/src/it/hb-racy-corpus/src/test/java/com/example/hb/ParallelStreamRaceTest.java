package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Program parallel-stream-put: a parallel stream's forEach writes one shared HashMap from two
 * ForkJoin workers. The two elements meet at a latch first so that they run on two threads (the
 * latch orders what comes before it, not the two puts after it).
 */
class ParallelStreamRaceTest {

    @Test
    void parallelForEachWritesASharedHashMap() throws Exception {
        Map<Integer, Integer> squares = new HashMap<>();
        CountDownLatch bothRunning = new CountDownLatch(2);
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            pool.submit(() -> IntStream.range(0, 2).parallel().forEach(n -> {
                bothRunning.countDown();
                try {
                    bothRunning.await(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                squares.put(n, n * n); // race: parallel-stream-put (same line)
            })).get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
