package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program linkedhashmap-put-remove: one thread appends to a LinkedHashMap, another evicts. */
class LinkedHashMapRaceTest {

    @Test
    void appenderAndEvictorRaceOnTheLinkedHashMap() throws InterruptedException {
        Map<String, Long> recentByUser = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            recentByUser.put("old-" + i, (long) i);
        }
        Workers.start("appender", 1, t -> {
            for (int i = 0; i < 10; i++) {
                recentByUser.put("new-" + i, 100L + i); // race: linkedhashmap-put-remove
            }
        }).and("evictor", 1, t -> {
            Thread.sleep(2);
            for (int i = 0; i < 10; i++) {
                recentByUser.remove("old-" + i); // race: linkedhashmap-put-remove
            }
        }).join();
        assertTrue(recentByUser.size() <= 20);
    }
}
