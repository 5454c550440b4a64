package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Program shared-object-field: a HashMap held in a field of a shared service object. */
class SharedServiceFieldRaceTest {

    @Test
    void raceThroughAMapInAFieldOfASharedObject() throws InterruptedException {
        OrderService service = new OrderService("orders");
        int[] found = new int[1];
        Workers.start("checkout", 1, t -> {
            for (int i = 0; i < 20; i++) {
                service.registry.put("order-" + i, i); // race: shared-object-field
            }
        }).and("order-status", 1, t -> {
            Thread.sleep(2);
            for (int i = 0; i < 20; i++) {
                if (service.registry.get("order-" + i) != null) { // race: shared-object-field
                    found[0]++;
                }
            }
        }).join();
        assertTrue(found[0] <= 20);
    }
}
