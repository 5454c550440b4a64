package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: hand-off through the legacy synchronized collections. The producer fills a HashMap,
 * then adds it to a Vector (or puts it into a Hashtable); the consumer spins on isEmpty() (on get)
 * and reads the map once it got it: every Vector and Hashtable method holds the collection's monitor.
 */
class LegacyMailboxTest {

    @Test
    void batchHandedOverThroughAVector() throws InterruptedException {
        LegacyMailbox mailbox = new LegacyMailbox();
        int[] total = new int[1];
        Workers.start("consumer", 1, c -> {
            Map<String, Integer> batch = mailbox.awaitFirst(5_000);
            assertNotNull(batch, "nothing posted");
            for (int v : batch.values()) {
                total[0] += v;
            }
        }).and("producer", 1, p -> {
            Thread.sleep(10);
            Map<String, Integer> batch = new HashMap<>();
            for (int i = 1; i <= 10; i++) {
                batch.put("order-" + i, i);
            }
            mailbox.post(batch);
        }).join();
        assertEquals(55, total[0]);
    }

    @Test
    void batchHandedOverThroughAHashtable() throws InterruptedException {
        LegacyMailbox mailbox = new LegacyMailbox();
        int[] total = new int[1];
        Workers.start("consumer", 1, c -> {
            Map<String, Integer> batch = mailbox.awaitSlot("nightly", 5_000);
            assertNotNull(batch, "nothing published");
            total[0] = batch.get("orders") + batch.get("refunds");
        }).and("producer", 1, p -> {
            Thread.sleep(10);
            Map<String, Integer> batch = new HashMap<>();
            batch.put("orders", 120);
            batch.put("refunds", 7);
            mailbox.publish("nightly", batch);
        }).join();
        assertEquals(127, total[0]);
    }
}
