package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: ConcurrentHashMap as the sync object (put a filled HashMap, get it in another thread). */
class ResultBoardTest {

    @Test
    void resultMapsPassedThroughTheConcurrentMap() throws InterruptedException {
        ResultBoard board = new ResultBoard();
        Workers.start("result-reader", 3, r -> {
            for (int j = 0; j < 10; j++) {
                assertEquals(100 * j, board.rowsOf("job-" + j, 10_000_000_000L));
            }
        }).and("job-runner", 2, w -> {
            for (int j = w; j < 10; j += 2) {
                board.complete("job-" + j, 100 * j);
            }
        }).join();
    }
}
