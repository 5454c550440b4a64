package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** Program lru-get-under-read-lock: two renderers look tiles up under a read lock. */
class LruReadLockRaceTest {

    @Test
    void renderersRelinkTheAccessOrderedMapUnderTheReadLock() throws InterruptedException {
        LruTileCache cache = new LruTileCache();
        for (int i = 0; i < 16; i++) {
            cache.store("tile-" + i, new byte[] {(byte) i});
        }
        Workers.start("renderer", 2, t -> {
            for (int i = 0; i < 200; i++) {
                assertNotNull(cache.lookup("tile-" + ((i + t) % 16)));
            }
        }).join();
    }
}
