package com.example.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Restocker B checks and writes the key between restocker A's check and act: the interleaving
 * happens on every run, so the audit reports the lost update every time.
 */
class InventoryTest {

    @Test
    void twoRestocksInterleavedLoseOne() throws InterruptedException {
        Inventory inventory = new Inventory();
        CountDownLatch checked = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);

        Thread a = new Thread(() -> inventory.restock("apple", () -> {
            checked.countDown();
            await(written);
        }), "restocker-A");
        Thread b = new Thread(() -> {
            await(checked);
            inventory.restock("apple", () -> { });
            written.countDown();
        }, "restocker-B");
        a.start();
        b.start();
        a.join();
        b.join();

        assertEquals(1, inventory.count("apple"), "B's restock was overwritten by A's stale count");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
