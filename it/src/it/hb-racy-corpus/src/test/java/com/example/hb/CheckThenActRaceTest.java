package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Program check-then-act: two guests book the same seat through containsKey-then-put on a HashMap. */
class CheckThenActRaceTest {

    @Test
    void twoGuestsBookTheSameSeat() throws InterruptedException {
        SeatMap seats = new SeatMap();
        AtomicInteger booked = new AtomicInteger();
        Workers.start("guest", 2, g -> {
            for (int row = 1; row <= 5; row++) {
                if (seats.reserve(row + "A", "guest-" + g)) {
                    booked.incrementAndGet();
                }
            }
        }).join();
        assertTrue(booked.get() >= 5 && booked.get() <= 10);
        assertTrue(seats.guest("1A") != null);
    }
}
