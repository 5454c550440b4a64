package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program merge-counters: two threads merge counts into one HashMap. */
class MergeRaceTest {

    @Test
    void mergeFromTwoThreads() throws InterruptedException {
        Map<String, Integer> countByKind = new HashMap<>();
        Workers.start("sales-feed", 1, t -> {
            for (int i = 0; i < 20; i++) {
                try {
                    countByKind.merge("sale", 1, Integer::sum); // race: merge-counters
                } catch (ConcurrentModificationException expected) {
                    // the race itself: HashMap.merge noticed the other thread's change
                }
            }
        }).and("refund-feed", 1, t -> {
            for (int i = 0; i < 20; i++) {
                try {
                    countByKind.merge("refund", 1, Integer::sum); // race: merge-counters
                } catch (ConcurrentModificationException expected) {
                    // the race itself: HashMap.merge noticed the other thread's change
                }
            }
        }).join();
        assertTrue(countByKind.getOrDefault("sale", 0) <= 20);
    }
}
