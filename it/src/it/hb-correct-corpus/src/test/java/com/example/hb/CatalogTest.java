package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: Thread.start (the parent fills the map, then starts the readers). */
class CatalogTest {

    @Test
    void readersStartedAfterTheCatalogIsLoaded() throws InterruptedException {
        Catalog catalog = new Catalog();
        catalog.load(200);
        Thread[] readers = new Thread[4];
        int[] found = new int[readers.length];
        for (int r = 0; r < readers.length; r++) {
            int reader = r;
            readers[r] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    if (catalog.title("sku-" + i) != null) {
                        found[reader]++;
                    }
                }
            }, "catalog-reader-" + r);
        }
        for (Thread t : readers) {
            t.start();
        }
        for (Thread t : readers) {
            t.join();
        }
        for (int n : found) {
            assertEquals(200, n);
        }
    }
}
