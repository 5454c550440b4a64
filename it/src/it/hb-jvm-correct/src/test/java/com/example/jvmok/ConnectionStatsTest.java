package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mechanism: writers put under synchronized (lock); readers walk entrySet() completely under the same lock. */
class ConnectionStatsTest {

    @Test
    void fullIterationUnderTheWritersLock() throws InterruptedException {
        ConnectionStats stats = new ConnectionStats();
        Workers.start("connector", 3, w -> {
            for (int i = 0; i < 100; i++) {
                stats.opened("host-" + (i % 7));
            }
        }).and("dashboard", 2, d -> {
            for (int i = 0; i < 50; i++) {
                assertTrue(stats.total() <= 300);
            }
        }).join();
        assertEquals(300, stats.total());
        assertEquals(7, stats.hosts());
    }
}
