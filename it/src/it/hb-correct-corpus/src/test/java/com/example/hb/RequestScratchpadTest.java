package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: ThreadLocal&lt;Map&gt; (one HashMap per thread). */
class RequestScratchpadTest {

    @Test
    void eachThreadWritesOnlyItsOwnMap() throws InterruptedException {
        RequestScratchpad scratchpad = new RequestScratchpad();
        Workers.start("request-handler", 4, h -> {
            for (int request = 0; request < 20; request++) {
                for (int i = 0; i <= h; i++) {
                    scratchpad.note("db-call");
                }
                assertEquals(h + 1, scratchpad.count("db-call"));
                scratchpad.reset();
            }
        }).join();
        assertEquals(0, scratchpad.count("db-call"));
    }
}
