package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mechanism: Collections.synchronizedMap, iteration inside synchronized (map). */
class AuditTrailTest {

    @Test
    void allAccessGoesThroughTheSynchronizedWrapper() throws InterruptedException {
        AuditTrail trail = new AuditTrail();
        Workers.start("auditor", 3, a -> {
            for (int i = 0; i < 60; i++) {
                trail.record("actor-" + (i % 4));
                trail.events("actor-0");
            }
        }).and("audit-report", 1, r -> {
            for (int i = 0; i < 30; i++) {
                assertTrue(trail.total() <= 180);
            }
        }).join();
        assertEquals(180, trail.total());
        assertEquals(45, trail.events("actor-3"));
    }
}
