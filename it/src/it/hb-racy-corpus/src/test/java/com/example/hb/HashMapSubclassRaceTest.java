package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Program hashmap-subclass-put-get: a user subclass of HashMap written and read by two threads. */
class HashMapSubclassRaceTest {

    @Test
    void subclassOfHashMapIsTrackedToo() throws InterruptedException {
        SkuIndex index = new SkuIndex();
        int[] known = new int[1];
        Workers.start("stock-loader", 1, t -> {
            for (int i = 0; i < 20; i++) {
                index.put("sku-" + i, i + 1); // race: hashmap-subclass-put-get
            }
        }).and("stock-query", 1, t -> {
            Thread.sleep(2);
            for (int i = 0; i < 20; i++) {
                if (index.get("sku-" + i) != null) { // race: hashmap-subclass-put-get
                    known[0]++;
                }
            }
        }).join();
        assertTrue(known[0] <= 20);
    }
}
