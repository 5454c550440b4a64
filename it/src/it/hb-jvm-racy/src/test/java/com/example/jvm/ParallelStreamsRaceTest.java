package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Program parallel-streams-two-ops: two threads each run a parallel stream on the common pool at
 * the same time, one of which puts into the map from one of its tasks while the other's tasks read
 * it. The pool's workers run tasks of both operations, but nothing orders one operation's put
 * before the other's reads.
 */
class ParallelStreamsRaceTest {

    private final Map<String, Integer> rates = new HashMap<>();

    @Test
    void twoParallelOperationsAreNotOrdered() throws InterruptedException {
        long[] seen = new long[1];
        Workers writer = Workers.start("writer", 1, t -> IntStream.range(0, 8).parallel().forEach(i -> {
            if (i == 3) {
                rates.put("usd", 3); // race: parallel-streams-two-ops
            }
        }));
        Workers reader = Workers.start("reader", 1, t -> seen[0] = IntStream.range(0, 64).parallel()
                .filter(i -> rates.get("usd") != null) // race: parallel-streams-two-ops
                .count());
        writer.join();
        reader.join();
        assertTrue(seen[0] >= 0 && seen[0] <= 64);
    }
}
