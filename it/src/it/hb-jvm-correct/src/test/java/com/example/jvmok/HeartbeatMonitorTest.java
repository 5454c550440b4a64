package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: a periodic task (scheduleAtFixedRate) on a four-thread ScheduledThreadPoolExecutor.
 * Its runs never overlap and are handed from pool thread to pool thread through the executor's
 * delay queue; the test reads the map after shutdown + awaitTermination (not after the latch,
 * which later runs would race with).
 */
class HeartbeatMonitorTest {

    @Test
    void periodicRunsOnPoolThreadsAreOrdered() throws InterruptedException {
        HeartbeatMonitor monitor = new HeartbeatMonitor();
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(4);
        CountDownLatch twentyBeats = new CountDownLatch(20);
        ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(() -> {
            monitor.beat("node-a");
            twentyBeats.countDown();
        }, 0, 5, TimeUnit.MILLISECONDS);
        assertTrue(twentyBeats.await(10, TimeUnit.SECONDS), "fewer than 20 heartbeats");
        heartbeat.cancel(false);
        scheduler.shutdown();
        assertTrue(scheduler.awaitTermination(10, TimeUnit.SECONDS));
        assertTrue(monitor.beats("node-a") >= 20, "beats: " + monitor.beats("node-a"));
        assertTrue(monitor.threads() >= 1);
    }
}
