package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Mechanism: Collections.synchronizedMap used only through the wrapper (put and get from four
 * threads), iterated inside synchronized (wrapper). The wrapped HashMap is accessed only inside the
 * JDK's wrapper, under its mutex.
 */
class ClickStatsTest {

    @Test
    void everyAccessGoesThroughTheWrapper() throws InterruptedException {
        ClickStats stats = new ClickStats();
        Workers.start("ui", 4, t -> {
            for (int i = 0; i < 50; i++) {
                String own = "btn-" + t + "-" + (i % 5);
                stats.record(own, i);
                assertEquals(i, stats.count(own));
                Integer other = stats.count("btn-" + ((t + 1) % 4) + "-0");
                assertTrue(other == null || other % 5 == 0);
                if (i % 10 == 0) {
                    assertTrue(stats.total() >= 0);
                }
            }
        }).join();
        // per thread: the last values of the five buttons are 45..49
        assertEquals(4 * (45 + 46 + 47 + 48 + 49), stats.total());
    }
}
