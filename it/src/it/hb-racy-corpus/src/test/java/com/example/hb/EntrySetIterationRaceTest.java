package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program entryset-iteration-vs-put: iterating entrySet() while another thread puts. */
class EntrySetIterationRaceTest {

    @Test
    void entrySetIterationRacesWithPut() throws InterruptedException {
        Map<String, Long> bytesByFile = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            bytesByFile.put("file-" + i, 1024L * i);
        }
        long[] total = new long[1];
        Workers.start("du", 1, t -> {
            try {
                for (Map.Entry<String, Long> e : bytesByFile.entrySet()) { // race: entryset-iteration-vs-put
                    total[0] += e.getValue();
                }
            } catch (ConcurrentModificationException expected) {
                // the race itself, when the put lands mid-iteration
            }
        }).and("uploader", 1, t -> {
            Thread.sleep(2);
            for (int i = 20; i < 30; i++) {
                bytesByFile.put("file-" + i, 1024L * i); // race: entryset-iteration-vs-put
            }
        }).join();
        assertTrue(total[0] >= 0);
    }
}
