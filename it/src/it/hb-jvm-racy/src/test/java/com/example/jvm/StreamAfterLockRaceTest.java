package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Program stream-after-lock: the stream is made under the lock, its terminal operation runs after
 * the block; a later put under the same lock is ordered after the stream's creation only.
 */
class StreamAfterLockRaceTest {

    @Test
    void aPipelineRunOutsideTheLockRacesWithALaterPlace() throws InterruptedException {
        OrderBook book = new OrderBook();
        book.place("a", 150);
        book.place("b", 20);
        long[] total = new long[1];
        Workers reporter = Workers.start("reporter", 1, t -> total[0] = book.largeQuantity());
        Thread.sleep(100); // the reporter has run its pipeline by now, in practice: nothing orders it
        book.place("c", 300);
        reporter.join();
        assertTrue(total[0] == 150 || total[0] == 450);
    }
}
