package com.example.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs first (test classes run by name). A restocker thread puts into a plain HashMap and the test
 * thread reads it back without any happens-before edge: the race is found before the fault.
 */
class AaRestockRaceTest {

    @Test
    void restockerAndReaderShareAHashMap() throws InterruptedException {
        Map<String, Integer> levels = new HashMap<>();
        Thread restocker = new Thread(() -> levels.put("sku-1", 5), "<script>alert(1)</script>"); // race: put
        restocker.start();
        // wait without a happens-before edge (no join, no isAlive), so the order is fixed and the
        // get below races with the put
        while (restocker.getState() != Thread.State.TERMINATED) {
            Thread.sleep(5);
        }
        Integer level = levels.get("sku-1"); // race: get
        restocker.join();
        assertEquals(5, level);
    }
}
