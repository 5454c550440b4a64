package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mechanism: synchronized block. */
class PriceCacheTest {

    @Test
    void writersAndReadersShareTheCacheUnderOneMonitor() throws InterruptedException {
        PriceCache cache = new PriceCache();
        Workers.start("price-writer", 3, w -> {
            for (int i = 0; i < 100; i++) {
                cache.update("w" + w + "-sku" + i, 100L * i);
            }
        }).and("price-reader", 2, r -> {
            for (int i = 0; i < 100; i++) {
                long price = cache.priceOf("w" + r + "-sku" + i);
                assertTrue(price == -1L || price == 100L * i);
            }
        }).join();
        assertEquals(300, cache.size());
        assertEquals(4200L, cache.priceOf("w2-sku42"));
    }
}
