package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program hashmap-get-put: a reader gets first, a writer puts a little later (write-after-read). */
class HashMapGetPutTest {

    @Test
    void writerPutsAfterReaderGot() throws InterruptedException {
        Map<String, Integer> limitByTenant = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            limitByTenant.put("tenant-" + i, 100); // ordered before both threads by Thread.start
        }
        int[] sum = new int[1];
        Workers.start("quota-check", 1, t -> {
            for (int i = 0; i < 10; i++) {
                sum[0] += limitByTenant.getOrDefault("tenant-" + i, 0); // race: hashmap-get-put
            }
        }).and("quota-admin", 1, t -> {
            Thread.sleep(3);
            for (int i = 0; i < 10; i++) {
                limitByTenant.put("tenant-" + i, 200); // race: hashmap-get-put
            }
        }).join();
        assertTrue(sum[0] >= 1000 && sum[0] <= 2000);
    }
}
