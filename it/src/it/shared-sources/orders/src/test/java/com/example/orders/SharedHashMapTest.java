package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two threads put into one plain HashMap with nothing ordering their accesses. The happens-before
 * detector must report the pair of put sites whether or not the puts overlapped in time.
 */
class SharedHashMapTest {

    private static final int LINES_PER_THREAD = 50;

    @Test
    void twoThreadsPutIntoOneHashMapWithoutSynchronization() throws InterruptedException {
        Map<String, OrderLine> bySku = new HashMap<>();

        Thread importerA = new Thread(() -> {
            for (int i = 0; i < LINES_PER_THREAD; i++) {
                bySku.put("A-" + i, new OrderLine("A-" + i, i + 1)); // race: put A
            }
        }, "importer-A");
        Thread importerB = new Thread(() -> {
            for (int i = 0; i < LINES_PER_THREAD; i++) {
                bySku.put("B-" + i, new OrderLine("B-" + i, i + 1)); // race: put B
            }
        }, "importer-B");

        // both start before either is joined: no happens-before edge between their puts
        importerA.start();
        importerB.start();
        importerA.join();
        importerB.join();

        // an unsynchronized HashMap may lose entries under a real race; only bound the size
        assertTrue(bySku.size() <= 2 * LINES_PER_THREAD, "size " + bySku.size());
    }
}
