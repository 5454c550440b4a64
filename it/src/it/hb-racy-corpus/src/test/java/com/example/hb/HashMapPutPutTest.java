package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program hashmap-put-put: two importers put into one HashMap, nothing orders them. */
class HashMapPutPutTest {

    @Test
    void twoImportersPutWithoutALock() throws InterruptedException {
        Map<String, Integer> quantityBySku = new HashMap<>();
        Workers.start("importer-a", 1, t -> {
            for (int i = 0; i < 20; i++) {
                quantityBySku.put("a-" + i, i); // race: hashmap-put-put
            }
        }).and("importer-b", 1, t -> {
            for (int i = 0; i < 20; i++) {
                quantityBySku.put("b-" + i, i); // race: hashmap-put-put
            }
        }).join();
        assertTrue(quantityBySku.size() <= 40);
    }
}
