package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Program copy-constructor: put / new HashMap<>(shared) in another thread. */
class CopyConstructorRaceTest {

    @Test
    void snapshotCopiesTheMapWhileItIsRepriced() throws InterruptedException {
        PriceBoard board = new PriceBoard();
        int[] copied = new int[1];
        Workers exporter = Workers.start("exporter", 1, t -> {
            Thread.sleep(50); // after the reprice below, in practice
            copied[0] = board.snapshot().size();
        });
        board.reprice("plum", 80);
        exporter.join();
        assertTrue(copied[0] == 2 || copied[0] == 3);
    }
}
