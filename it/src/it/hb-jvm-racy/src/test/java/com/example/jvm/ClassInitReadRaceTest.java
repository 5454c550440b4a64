package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Program class-init-read: a put into Registry's static map / the read of it in ANOTHER class's
 * static initializer (Snapshot), run later on another thread. Class initialization orders
 * Registry's initializer before every use of Registry, not this put before Snapshot's.
 */
class ClassInitReadRaceTest {

    @Test
    void staticInitializerReadsAMapWrittenAfterItsOwnerWasInitialized() throws InterruptedException {
        int atStartup = Registry.SHARED.size(); // Registry is initialized here, before the reporter starts
        int[] seen = new int[1];
        Workers reporter = Workers.start("reporter", 1, t -> {
            Thread.sleep(50); // after the registration below, in practice
            seen[0] = Snapshot.SIZE; // first use of Snapshot: its <clinit> runs on this thread
        });
        Registry.SHARED.put("xml", 3); // race: class-init-read
        reporter.join();
        assertTrue(seen[0] == atStartup || seen[0] == atStartup + 1);
    }
}
