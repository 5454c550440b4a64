package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: AtomicBoolean flag publication (set(true) after the writes, get() spin before the reads). */
class WarmCacheTest {

    @Test
    void readersSpinOnTheAtomicBoolean() throws InterruptedException {
        WarmCache cache = new WarmCache();
        Workers.start("cache-reader", 3, r -> {
            for (int i = 0; i < 50; i++) {
                assertEquals("customer-" + i, cache.name(i, 10_000_000_000L));
            }
        }).and("cache-warmer", 1, w -> cache.warmUp(100)).join();
    }
}
