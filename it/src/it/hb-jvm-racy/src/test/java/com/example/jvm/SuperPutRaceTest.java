package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Program super-put: super.put inside a HashMap subclass / get on it in another thread. */
class SuperPutRaceTest {

    @Test
    void subclassWritesThroughSuperWhileAnotherThreadReads() throws InterruptedException {
        Tally tally = new Tally();
        tally.add("y");
        Workers voter = Workers.start("voter", 1, t -> {
            Thread.sleep(50); // after the read below, in practice
            tally.add("x");
        });
        Integer y = tally.get("y"); // race: super-put
        voter.join();
        assertTrue(y == 1 && tally.size() == 2);
    }
}
