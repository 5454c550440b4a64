package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: Thread.interrupt. The test stages changes after the worker started, then interrupts
 * it; the worker reads the map once it has detected the interrupt (JLS 17.4.4: interrupt() happens
 * before the interrupted thread detects it, by InterruptedException or isInterrupted()).
 */
class PendingChangesTest {

    @Test
    void workerDrainsAfterInterruptedException() throws InterruptedException {
        PendingChanges changes = new PendingChanges();
        Map<String, String>[] applied = newArray();
        Thread worker = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    applied[0] = changes.drain();
                    return;
                }
            }
        }, "change-applier");
        worker.start();
        changes.stage("mode", "fast");
        changes.stage("retries", "3");
        worker.interrupt();
        worker.join(5_000);
        assertFalse(worker.isAlive());
        assertEquals(Map.of("mode", "fast", "retries", "3"), applied[0]);
        assertEquals(0, changes.pending());
    }

    @Test
    void workerDrainsAfterSeeingIsInterrupted() throws InterruptedException {
        PendingChanges changes = new PendingChanges();
        Map<String, String>[] applied = newArray();
        Thread worker = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(1_000_000L);
            }
            applied[0] = changes.drain();
        }, "change-applier-polling");
        worker.start();
        changes.stage("region", "eu-west");
        worker.interrupt();
        worker.join(5_000);
        assertFalse(worker.isAlive());
        assertEquals(Map.of("region", "eu-west"), applied[0]);
        assertEquals(0, changes.pending());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, String>[] newArray() {
        return new Map[1];
    }
}
