package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program identityhashmap-put-put: two visitors record visited nodes in one IdentityHashMap. */
class IdentityHashMapRaceTest {

    @Test
    void twoVisitorsPutIntoTheIdentityHashMap() throws InterruptedException {
        Map<Object, Boolean> visited = new IdentityHashMap<>();
        Workers.start("visitor-left", 1, t -> {
            for (int i = 0; i < 15; i++) {
                visited.put(new Object(), Boolean.TRUE); // race: identityhashmap-put-put
            }
        }).and("visitor-right", 1, t -> {
            for (int i = 0; i < 15; i++) {
                visited.put(new Object(), Boolean.FALSE); // race: identityhashmap-put-put
            }
        }).join();
        assertTrue(visited.size() <= 30);
    }
}
