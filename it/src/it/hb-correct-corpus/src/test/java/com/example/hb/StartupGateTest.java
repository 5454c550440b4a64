package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: CountDownLatch (countDown after the writes, await before the reads). */
class StartupGateTest {

    @Test
    void requestsWaitForTheRoutesLatch() throws InterruptedException {
        StartupGate gate = new StartupGate();
        // the readers start first, so Thread.start does not order the loader's writes before them
        Workers.start("request", 4, r -> {
            for (int i = 0; i < 50; i++) {
                assertEquals("handler-" + i, gate.route("/api/v1/r" + i));
            }
        }).and("route-loader", 1, l -> gate.load(50)).join();
    }
}
