package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mechanism: AtomicReference copy-on-write swap (set a fully built HashMap, readers get() and read). */
class RoutingTableTest {

    @Test
    void readersOnlyReadPublishedMaps() throws InterruptedException {
        RoutingTable table = new RoutingTable();
        Workers.start("router", 3, r -> {
            for (int i = 0; i < 200; i++) {
                String backend = table.backendFor("/svc" + (i % 30));
                assertTrue(backend.equals("default") || backend.startsWith("backend-"));
                assertTrue(table.size() <= 30);
            }
        }).and("route-updater", 1, u -> {
            for (int i = 0; i < 30; i++) {
                table.route("/svc" + i, "backend-" + i);
            }
        }).join();
        assertEquals(30, table.size());
        assertEquals("backend-29", table.backendFor("/svc29"));
    }
}
