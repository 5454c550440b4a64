package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ConcurrentModificationException;
import org.junit.jupiter.api.Test;

/** Program compute-if-absent: two request threads fill ThumbnailCache through computeIfAbsent. */
class ComputeIfAbsentRaceTest {

    @Test
    void computeIfAbsentFromTwoThreads() throws InterruptedException {
        ThumbnailCache cache = new ThumbnailCache();
        Workers.start("gallery", 2, g -> {
            for (int i = 0; i < 10; i++) {
                try {
                    assertTrue(cache.thumbnail("img-" + (g * 5 + i) + ".png").startsWith("thumb("));
                } catch (ConcurrentModificationException expected) {
                    // the race itself: HashMap.computeIfAbsent noticed the other thread's change
                }
            }
        }).join();
        assertTrue(cache.cached() <= 20);
    }
}
