package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Timer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: java.util.Timer. The timer's thread is started (inside the JDK) when the Timer is
 * made, before the map is filled: Timer.schedule orders the fill before the task; the task's
 * latch countDown orders its writes before the test's await.
 */
class RateRefreshTaskTest {

    @Test
    void timerTaskSeesTheFillAndTheTestSeesTheTask() throws InterruptedException {
        Timer timer = new Timer("rate-refresh", true);
        try {
            Map<String, Integer> rates = new HashMap<>();
            rates.put("USD", 100);
            rates.put("EUR", 92);
            CountDownLatch done = new CountDownLatch(1);
            timer.schedule(new RateRefreshTask(rates, done), 10);
            assertTrue(done.await(5, TimeUnit.SECONDS), "the timer task did not run");
            assertEquals(105, rates.get("USD"));
            assertEquals(1, rates.get("refreshed"));
            rates.put("EUR", 93);
        } finally {
            timer.cancel();
        }
    }
}
