package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program hashmap-put-get: a writer puts, a reader (a little later) gets, no ordering between them. */
class HashMapPutGetTest {

    @Test
    void readerGetsWhileWriterPuts() throws InterruptedException {
        Map<String, String> sessionByToken = new HashMap<>();
        int[] hits = new int[1];
        Workers.start("login", 1, t -> {
            for (int i = 0; i < 20; i++) {
                sessionByToken.put("token-" + i, "session-" + i); // race: hashmap-put-get
            }
        }).and("lookup", 1, t -> {
            Thread.sleep(3);
            for (int i = 0; i < 20; i++) {
                if (sessionByToken.get("token-" + i) != null) { // race: hashmap-put-get
                    hits[0]++;
                }
            }
        }).join();
        assertTrue(hits[0] <= 20 && sessionByToken.size() <= 20);
    }
}
