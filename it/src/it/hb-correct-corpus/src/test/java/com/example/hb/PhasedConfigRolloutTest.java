package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: Phaser arriveAndAwaitAdvance (write phase, read phase, write-after-read phase). */
class PhasedConfigRolloutTest {

    @Test
    void phasesOrderConfigWritesAndReads() throws InterruptedException {
        int nodes = 3;
        PhasedConfigRollout rollout = new PhasedConfigRollout(nodes);
        Workers.start("node", nodes, n -> assertEquals("7/on", rollout.node()))
                .and("coordinator", 1, c -> rollout.coordinate(7))
                .join();
        assertEquals("all", rollout.acknowledged());
    }
}
