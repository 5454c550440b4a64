package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Program treemap-put-ceiling: one thread inserts into a TreeMap, another does navigation reads. */
class TreeMapRaceTest {

    @Test
    void inserterAndNavigatorRaceOnTheTreeMap() throws InterruptedException {
        TreeMap<Integer, String> slotByMinute = new TreeMap<>();
        for (int m = 0; m < 60; m += 10) {
            slotByMinute.put(m, "slot-" + m);
        }
        int[] found = new int[1];
        Workers.start("scheduler", 1, t -> {
            for (int m = 5; m < 60; m += 10) {
                slotByMinute.put(m, "slot-" + m); // race: treemap-put-ceiling
            }
        }).and("dispatcher", 1, t -> {
            Thread.sleep(3);
            for (int m = 0; m < 60; m += 7) {
                if (slotByMinute.ceilingKey(m) != null) { // race: treemap-put-ceiling
                    found[0]++;
                }
            }
        }).join();
        assertTrue(found[0] <= 9);
    }
}
