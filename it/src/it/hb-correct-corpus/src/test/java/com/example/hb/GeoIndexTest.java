package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: StampedLock writeLock / readLock. */
class GeoIndexTest {

    @Test
    void stampedWriteAndReadLocksGuardTheTreeMap() throws InterruptedException {
        GeoIndex index = new GeoIndex();
        Workers.start("geo-writer", 2, w -> {
            for (int i = 0; i < 100; i++) {
                index.add(String.format("%d%04d", w + 1, i), "city-" + w + "-" + i);
            }
        }).and("geo-reader", 2, r -> {
            for (int i = 0; i < 100; i++) {
                index.city(String.format("%d%04d", r + 1, i));
                index.size();
            }
        }).join();
        assertEquals(200, index.size());
        assertEquals("city-1-7", index.city("20007"));
    }
}
