package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Mechanism: ConcurrentLinkedQueue offer / poll hand-off with polling. */
class EventMailboxTest {

    @Test
    void eventsHandedOverThroughTheConcurrentQueue() throws InterruptedException {
        EventMailbox mailbox = new EventMailbox();
        AtomicLong seqSum = new AtomicLong();
        Workers.start("receiver", 2, r -> {
            for (int i = 0; i < 50; i++) {
                seqSum.addAndGet(mailbox.receiveSeq(10_000_000_000L));
            }
        }).and("sender", 2, s -> {
            for (int i = 0; i < 50; i++) {
                mailbox.send("click", i);
            }
        }).join();
        assertEquals(2L * (49 * 50 / 2), seqSum.get());
    }
}
