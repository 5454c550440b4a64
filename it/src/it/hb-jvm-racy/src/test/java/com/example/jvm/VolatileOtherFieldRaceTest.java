package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Program volatile-other-field: put, then a write of volatile field a / a read of volatile field b
 * of the same object (never written), then get: no edge, the two fields are different variables.
 */
class VolatileOtherFieldRaceTest {

    @Test
    void readingTheOtherVolatileFieldOrdersNothing() throws InterruptedException {
        LimitsBoard board = new LimitsBoard();
        int[] limit = new int[1];
        Workers reader = Workers.start("limit-reader", 1, t -> {
            Thread.sleep(50); // after the load and the write of a below, in practice
            limit[0] = board.limit("api");
        });
        board.load("api", 25);
        reader.join();
        assertEquals(1, board.a);
        assertEquals(0, board.b);
        assertTrue(limit[0] == 25 || limit[0] == LimitsBoard.DEFAULT_LIMIT);
    }
}
