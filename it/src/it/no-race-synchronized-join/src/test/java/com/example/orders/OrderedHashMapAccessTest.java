package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same two importer threads as the racy sample, but every pair of conflicting HashMap accesses
 * is ordered by happens-before: a common monitor, Thread.join before Thread.start, or
 * Thread.start after the main thread's writes. None of these may be reported.
 */
class OrderedHashMapAccessTest {

    private static final int LINES_PER_THREAD = 50;

    @Test
    void putsGuardedByOneLockDoNotRace() throws InterruptedException {
        Map<String, OrderLine> bySku = new HashMap<>();
        Object lock = new Object();

        Thread importerA = new Thread(() -> {
            for (int i = 0; i < LINES_PER_THREAD; i++) {
                synchronized (lock) {
                    bySku.put("A-" + i, new OrderLine("A-" + i, i + 1));
                }
            }
        }, "importer-A");
        Thread importerB = new Thread(() -> {
            for (int i = 0; i < LINES_PER_THREAD; i++) {
                synchronized (lock) {
                    bySku.put("B-" + i, new OrderLine("B-" + i, i + 1));
                }
            }
        }, "importer-B");
        importerA.start();
        importerB.start();
        importerA.join();
        importerB.join();

        synchronized (lock) {
            assertEquals(2 * LINES_PER_THREAD, bySku.size());
        }
    }

    @Test
    void secondImporterStartsAfterFirstIsJoined() throws InterruptedException {
        Map<String, OrderLine> bySku = new HashMap<>();

        Thread importerA = new Thread(() -> {
            for (int i = 0; i < LINES_PER_THREAD; i++) {
                bySku.put("A-" + i, new OrderLine("A-" + i, i + 1));
            }
        }, "importer-A");
        Thread importerB = new Thread(() -> {
            for (int i = 0; i < LINES_PER_THREAD; i++) {
                bySku.put("B-" + i, new OrderLine("B-" + i, i + 1));
            }
        }, "importer-B");
        importerA.start();
        importerA.join(); // everything A did happens before B starts
        importerB.start();
        importerB.join();

        assertEquals(2 * LINES_PER_THREAD, bySku.size());
    }

    @Test
    void mainThreadReadsAfterJoiningBothImporters() throws InterruptedException {
        Map<String, OrderLine> bySku = new HashMap<>();
        Object lock = new Object();

        Thread importerA = new Thread(() -> {
            synchronized (lock) {
                bySku.put("A-1", new OrderLine("A-1", 1));
            }
        }, "importer-A");
        Thread importerB = new Thread(() -> {
            synchronized (lock) {
                bySku.put("B-1", new OrderLine("B-1", 2));
            }
        }, "importer-B");
        importerA.start();
        importerB.start();
        importerA.join();
        importerB.join();

        // no lock here: both joins order the importers' writes before these reads
        assertEquals(1, bySku.get("A-1").quantity());
        assertEquals(2, bySku.get("B-1").quantity());
        bySku.put("C-1", new OrderLine("C-1", 3));
        assertEquals(3, bySku.size());
    }

    @Test
    void readersStartedAfterTheMapIsFilledDoNotRace() throws InterruptedException {
        Map<String, OrderLine> bySku = new HashMap<>();
        for (int i = 0; i < LINES_PER_THREAD; i++) {
            bySku.put("A-" + i, new OrderLine("A-" + i, i + 1));
        }
        int[] totals = new int[2];

        // concurrent reads only, each ordered after the writes above by Thread.start
        Thread readerA = new Thread(() -> {
            for (int i = 0; i < LINES_PER_THREAD; i++) {
                totals[0] += bySku.get("A-" + i).quantity();
            }
        }, "reader-A");
        Thread readerB = new Thread(() -> {
            for (int i = LINES_PER_THREAD - 1; i >= 0; i--) {
                totals[1] += bySku.get("A-" + i).quantity();
            }
        }, "reader-B");
        readerA.start();
        readerB.start();
        readerA.join();
        readerB.join();

        int expected = LINES_PER_THREAD * (LINES_PER_THREAD + 1) / 2;
        assertEquals(expected, totals[0]);
        assertEquals(expected, totals[1]);
    }
}
