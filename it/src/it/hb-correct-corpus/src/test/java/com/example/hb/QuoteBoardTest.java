package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mechanism: StampedLock tryOptimisticRead + validate, falling back to readLock. */
class QuoteBoardTest {

    @Test
    void optimisticReadersSeeFullyBuiltMaps() throws InterruptedException {
        QuoteBoard board = new QuoteBoard();
        Workers.start("quote-reader", 3, r -> {
            for (int i = 0; i < 300; i++) {
                long q = board.quote("SYM" + (i % 10));
                assertTrue(q == -1L || q >= 1000L);
                assertTrue(board.symbols() <= 10);
            }
        }).and("quote-publisher", 1, p -> {
            for (int i = 0; i < 60; i++) {
                board.publish("SYM" + (i % 10), 1000L + i);
            }
        }).join();
        assertEquals(10, board.symbols());
        assertEquals(1059L, board.quote("SYM9"));
    }
}
