package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Mechanism: ReentrantLock lock() / unlock() in finally. */
class RateLimiterTableTest {

    @Test
    void lockGuardsTheUsageTable() throws InterruptedException {
        RateLimiterTable limiter = new RateLimiterTable(120);
        AtomicInteger granted = new AtomicInteger();
        Workers.start("client", 4, t -> {
            for (int i = 0; i < 50; i++) {
                if (limiter.tryAcquire("client-a")) {
                    granted.incrementAndGet();
                }
                limiter.tryAcquire("client-" + t);
            }
        }).join();
        assertEquals(120, granted.get());
        assertEquals(120, limiter.used("client-a"));
        assertEquals(50, limiter.used("client-3"));
    }
}
