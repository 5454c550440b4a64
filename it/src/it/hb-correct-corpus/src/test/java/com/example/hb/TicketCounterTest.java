package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: Semaphore with one permit used as a mutex. */
class TicketCounterTest {

    @Test
    void semaphoreMutexGuardsTheCounts() throws InterruptedException {
        TicketCounter counter = new TicketCounter();
        Workers.start("box-office", 4, t -> {
            for (int i = 0; i < 50; i++) {
                counter.sell(i % 2 == 0 ? "matinee" : "evening");
                counter.sold("evening");
            }
        }).join();
        assertEquals(100, counter.sold("matinee"));
        assertEquals(100, counter.sold("evening"));
    }
}
