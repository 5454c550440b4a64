package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Mechanism: thread confinement (each worker creates and uses its own HashMap). */
class CsvColumnStatsTest {

    @Test
    void threadConfinedMapsNeedNoSynchronization() throws InterruptedException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add("id" + i + ",city" + (i % 7) + ",tier" + (i % 3));
        }
        AtomicIntegerArray distinct = new AtomicIntegerArray(3);
        Workers.start("csv-column", 3, c -> {
            for (int round = 0; round < 5; round++) {
                distinct.set(c, CsvColumnStats.distinctInColumn(rows, c));
            }
        }).join();
        assertEquals(200, distinct.get(0));
        assertEquals(7, distinct.get(1));
        assertEquals(3, distinct.get(2));
    }
}
