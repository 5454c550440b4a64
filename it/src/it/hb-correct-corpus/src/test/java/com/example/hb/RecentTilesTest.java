package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mechanism: access-ordered LinkedHashMap, get under the write lock, containsKey under the read lock. */
class RecentTilesTest {

    @Test
    void lookupsRelinkUnderTheWriteLockWhileChecksShareTheReadLock() throws InterruptedException {
        RecentTiles tiles = new RecentTiles();
        for (int i = 0; i < 8; i++) {
            tiles.fetch("warm-" + i);
        }
        Workers.start("tile-checker", 2, c -> {
            for (int i = 0; i < 200; i++) {
                assertTrue(tiles.has("warm-" + (i % 8)));
            }
        }).and("tile-loader", 2, l -> {
            for (int i = 0; i < 100; i++) {
                assertEquals("tile:warm-" + (i % 8), tiles.fetch("warm-" + (i % 8)));
            }
        }).join();
    }
}
