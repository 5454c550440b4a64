package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program inconsistent-locking: the writer holds the lock, the reader does not. */
class InconsistentLockingRaceTest {

    @Test
    void writerLocksReaderDoesNot() throws InterruptedException {
        Map<String, Integer> balanceByAccount = new HashMap<>();
        Object lock = new Object();
        int[] seen = new int[1];
        Workers.start("teller", 1, t -> {
            for (int i = 0; i < 20; i++) {
                synchronized (lock) {
                    balanceByAccount.put("acct-" + i, 100 * i); // race: inconsistent-locking
                }
            }
        }).and("statement", 1, t -> {
            Thread.sleep(2);
            for (int i = 0; i < 20; i++) {
                seen[0] += balanceByAccount.getOrDefault("acct-" + i, 0) > 0 ? 1 : 0; // race: inconsistent-locking
            }
        }).join();
        assertTrue(seen[0] <= 20);
    }
}
