package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Mechanism: synchronized method whose body throws (after reading the map) and is caught. */
class InventoryLedgerTest {

    @Test
    void monitorIsReleasedWhenTheSynchronizedMethodThrows() throws InterruptedException {
        InventoryLedger ledger = new InventoryLedger();
        ledger.restock("widget", 100);
        AtomicInteger reserved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Workers.start("reserve", 4, t -> {
            for (int i = 0; i < 40; i++) {
                try {
                    ledger.reserve("widget", 1);
                    reserved.incrementAndGet();
                } catch (InventoryLedger.InsufficientStockException e) {
                    refused.incrementAndGet();
                }
            }
        }).and("restock", 1, t -> {
            for (int i = 0; i < 10; i++) {
                try {
                    ledger.reserve("gadget", 1); // never stocked: always throws after the read
                } catch (InventoryLedger.InsufficientStockException e) {
                    ledger.restock("gizmo", 1);
                }
            }
        }).join();
        assertEquals(100, reserved.get());
        assertEquals(60, refused.get());
        assertEquals(0, ledger.available("widget"));
        assertEquals(10, ledger.available("gizmo"));
    }
}
