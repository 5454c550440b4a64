package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ConcurrentModificationException;
import org.junit.jupiter.api.Test;

/**
 * Program lazy-init: two threads tag through LazyTagIndex, whose HashMap is created lazily without
 * synchronization. The second tagger waits (plain reads, no happens-before) until the map exists,
 * so both write the same map at the same line.
 */
class LazyInitRaceTest {

    @Test
    void lazilyCreatedMapWrittenByTwoThreads() throws InterruptedException {
        LazyTagIndex index = new LazyTagIndex();
        Workers.start("tagger-first", 1, t -> {
            for (int i = 0; i < 10; i++) {
                try {
                    index.tag("first-" + i);
                } catch (ConcurrentModificationException expected) {
                    // the race itself: HashMap.merge noticed the other thread's change
                }
            }
        }).and("tagger-second", 1, t -> {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!index.started() && System.nanoTime() < deadline) {
                Thread.yield();
            }
            for (int i = 0; i < 10; i++) {
                try {
                    index.tag("second-" + i);
                } catch (ConcurrentModificationException expected) {
                    // the race itself: HashMap.merge noticed the other thread's change
                }
            }
        }).join();
        assertTrue(index.distinctTags() <= 20);
    }
}
