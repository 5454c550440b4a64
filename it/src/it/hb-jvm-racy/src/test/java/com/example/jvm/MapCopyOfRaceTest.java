package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Program map-copyof: put / Map.copyOf(shared) in another thread. */
class MapCopyOfRaceTest {

    @Test
    void immutableCopyIsTakenWhileASwitchFlips() throws InterruptedException {
        FeatureSwitches switches = new FeatureSwitches();
        int[] copied = new int[1];
        Workers handler = Workers.start("handler", 1, t -> {
            Thread.sleep(50); // after the flip below, in practice
            copied[0] = switches.frozen().size();
        });
        switches.set("beta-search", true);
        handler.join();
        assertTrue(copied[0] == 2 || copied[0] == 3);
    }
}
