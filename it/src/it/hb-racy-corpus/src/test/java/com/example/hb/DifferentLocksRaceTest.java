package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program different-locks: both threads lock, but each a different monitor. */
class DifferentLocksRaceTest {

    @Test
    void eachThreadHoldsADifferentLock() throws InterruptedException {
        Map<String, String> ownerByFile = new HashMap<>();
        Object readLock = new Object();
        Object writeLock = new Object();
        Workers.start("editor", 1, t -> {
            for (int i = 0; i < 20; i++) {
                synchronized (writeLock) {
                    ownerByFile.put("doc-" + i, "alice"); // race: different-locks
                }
            }
        }).and("reviewer", 1, t -> {
            for (int i = 0; i < 20; i++) {
                synchronized (readLock) {
                    ownerByFile.put("review-" + i, "bob"); // race: different-locks
                }
            }
        }).join();
        assertTrue(ownerByFile.size() <= 40);
    }
}
