package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Program synchronized-wrapper-vs-raw: put through Collections.synchronizedMap / get on the wrapped HashMap. */
class SynchronizedWrapperRawRaceTest {

    @Test
    void readerBypassesTheWrapperLock() throws InterruptedException {
        SessionStore store = new SessionStore();
        Workers request = Workers.start("request", 1, t -> {
            Thread.sleep(50); // after the admin read below, in practice
            store.touch("s-1", 1_000L);
        });
        Long seen = store.lastSeen("s-1");
        request.join();
        assertTrue(seen == null || seen == 1_000L);
    }
}
