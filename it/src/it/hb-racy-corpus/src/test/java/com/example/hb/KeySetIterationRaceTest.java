package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program keyset-iteration-vs-put: iterating keySet() (a read of the map) while another thread puts. */
class KeySetIterationRaceTest {

    @Test
    void keySetIterationRacesWithPut() throws InterruptedException {
        Map<String, Integer> hitsByPage = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            hitsByPage.put("/page/" + i, i);
        }
        int[] pages = new int[1];
        Workers.start("sitemap", 1, t -> {
            try {
                for (String page : hitsByPage.keySet()) { // race: keyset-iteration-vs-put
                    pages[0] += page.length() > 0 ? 1 : 0;
                }
            } catch (ConcurrentModificationException expected) {
                // the race itself, when the put lands mid-iteration
            }
        }).and("tracker", 1, t -> {
            Thread.sleep(2);
            for (int i = 20; i < 30; i++) {
                hitsByPage.put("/page/" + i, i); // race: keyset-iteration-vs-put
            }
        }).join();
        assertTrue(pages[0] <= 30);
    }
}
