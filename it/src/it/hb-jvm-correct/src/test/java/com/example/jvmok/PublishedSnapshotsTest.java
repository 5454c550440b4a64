package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: release/acquire publication without a lock. A HashMap built by one thread is published
 * with VarHandle.setRelease and read after getAcquire returns it (RouteTable); and with an
 * AtomicReferenceFieldUpdater's lazySet and set, read after its get (RateLimits).
 */
class PublishedSnapshotsTest {

    @Test
    void routesPublishedWithSetReleaseReadAfterGetAcquire() throws InterruptedException {
        RouteTable table = new RouteTable();
        int[] port = new int[1];
        Workers.start("router", 1, r -> {
            Map<String, Integer> routes = table.awaitRoutes(5_000);
            assertNotNull(routes, "no routing table published");
            port[0] = routes.get("/api") + routes.size();
        }).and("route-loader", 1, l -> {
            Thread.sleep(10);
            Map<String, Integer> routes = new HashMap<>();
            routes.put("/api", 8080);
            routes.put("/static", 8081);
            table.publish(routes);
        }).join();
        assertEquals(8082, port[0]);
        assertEquals(8081, table.awaitRoutes(0).get("/static"));
    }

    @Test
    void limitsPublishedThroughAFieldUpdater() throws InterruptedException {
        RateLimits limits = new RateLimits();
        int[] last = new int[2];
        Workers.start("limiter", 1, r -> {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (last[0] < 2 && System.nanoTime() < deadline) {
                Map<String, Integer> current = limits.current();
                if (current == null) {
                    Thread.onSpinWait();
                } else {
                    last[0] = current.get("version");
                    last[1] = current.get("rps");
                }
            }
        }).and("limits-loader", 1, l -> {
            Map<String, Integer> first = new HashMap<>();
            first.put("version", 1);
            first.put("rps", 100);
            limits.publishLazily(first);
            Thread.sleep(10);
            Map<String, Integer> second = new HashMap<>();
            second.put("version", 2);
            second.put("rps", 250);
            limits.publish(second);
        }).join();
        assertEquals(2, last[0]);
        assertEquals(250, last[1]);
        assertEquals(250, limits.current().get("rps"));
    }
}
