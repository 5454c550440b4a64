package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: two parallel stream operations on the common pool, run by two threads one after the
 * other: the first puts into a HashMap from one of its tasks and returns, and only then a latch
 * lets the second thread's operation read the map from its tasks. The operation's completion orders its workers before its
 * caller; the latch orders that caller before the second operation and so before its workers.
 */
class RateTableStreamsTest {

    private final Map<String, Integer> rates = new HashMap<>();

    @Test
    void oneParallelOperationAfterTheOther() throws InterruptedException {
        CountDownLatch filled = new CountDownLatch(1);
        long[] seen = new long[1];
        Workers writer = Workers.start("writer", 1, t -> {
            IntStream.range(0, 8).parallel().forEach(i -> {
                if (i == 3) {
                    rates.put("usd", 3);
                }
            });
            filled.countDown();
        });
        Workers reader = Workers.start("reader", 1, t -> {
            filled.await();
            seen[0] = IntStream.range(0, 64).parallel().filter(i -> rates.get("usd") != null).count();
        });
        writer.join();
        reader.join();
        assertEquals(64, seen[0]);
    }
}
