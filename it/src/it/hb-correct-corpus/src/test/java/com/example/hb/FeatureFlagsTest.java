package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mechanism: ReentrantReadWriteLock (readers read under the read lock, the writer writes under the write lock). */
class FeatureFlagsTest {

    @Test
    void readersAndWriterUseTheReadWriteLock() throws InterruptedException {
        FeatureFlags flags = new FeatureFlags();
        Workers.start("flag-reader", 3, r -> {
            for (int i = 0; i < 200; i++) {
                flags.isEnabled("flag-" + (i % 50));
                assertTrue(flags.count() <= 50);
            }
        }).and("flag-admin", 1, w -> {
            for (int i = 0; i < 100; i++) {
                flags.set("flag-" + (i % 50), i % 2 == 0);
            }
        }).join();
        assertEquals(50, flags.count());
        assertTrue(flags.isEnabled("flag-0"));
    }
}
