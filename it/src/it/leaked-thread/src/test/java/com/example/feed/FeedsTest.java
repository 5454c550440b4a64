package com.example.feed;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The first test starts a poller and forgets it; it keeps writing while the second test runs. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedsTest {

    @Test
    @Order(1)
    void pollerStarts() throws InterruptedException {
        Feeds.poller("news").start();
        Thread.sleep(20);
        assertTrue(true);
    }

    @Test
    @Order(2)
    void unknownSourceWasNeverSeen() throws InterruptedException {
        Thread.sleep(20);
        assertNull(Feeds.lastSeen("weather"));
    }
}
