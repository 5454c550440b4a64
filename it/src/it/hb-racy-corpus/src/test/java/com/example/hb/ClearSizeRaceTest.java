package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program clear-vs-size: one thread clears a HashMap while another reads its size. */
class ClearSizeRaceTest {

    @Test
    void clearRacesWithSize() throws InterruptedException {
        Map<String, Integer> pendingById = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            pendingById.put("req-" + i, i);
        }
        int[] sizes = new int[1];
        Workers.start("flusher", 1, t -> {
            Thread.sleep(2);
            pendingById.clear(); // race: clear-vs-size
        }).and("monitor", 1, t -> {
            for (int i = 0; i < 5; i++) {
                sizes[0] = Math.max(sizes[0], pendingById.size()); // race: clear-vs-size
            }
        }).join();
        assertTrue(sizes[0] <= 20);
    }
}
