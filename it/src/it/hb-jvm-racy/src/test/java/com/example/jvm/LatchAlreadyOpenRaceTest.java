package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Program latch-already-open: put, then countDown on a latch that is already at zero (no effect) /
 * await, then get: the await passes because of the first countDown, which came before the put.
 */
class LatchAlreadyOpenRaceTest {

    @Test
    void countDownOnAnOpenLatchReleasesNothing() throws InterruptedException {
        WarmupGate gate = new WarmupGate();
        gate.open(); // the latch is at zero from here on
        Integer[] seen = new Integer[1];
        Workers reader = Workers.start("gate-reader", 1, t -> {
            Thread.sleep(50); // after the warmer's put and countDown below, in practice
            seen[0] = gate.awaitAndGet("pricing");
        });
        gate.warm("pricing", 42);
        reader.join();
        assertTrue(seen[0] == null || seen[0] == 42);
    }
}
