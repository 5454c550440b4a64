package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: polling Thread.isAlive() until it returns false, then reading (no join). */
class SearchIndexWarmupTest {

    @Test
    void readsAfterTheWarmupThreadIsSeenDead() {
        SearchIndexWarmup index = new SearchIndexWarmup();
        Thread warmup = index.startWarmup("the quick brown fox", "the lazy dog", "the end");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (warmup.isAlive()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("warm-up did not finish");
            }
            Thread.onSpinWait();
        }
        assertEquals(3, index.frequency("the"));
        assertEquals(1, index.frequency("dog"));
    }
}
