package com.example.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Program submap-clear: TreeMap headMap(k).clear() / get in another thread. */
class SubMapClearRaceTest {

    @Test
    void pruningThroughAViewRacesWithALookup() throws InterruptedException {
        EventTimeline timeline = new EventTimeline();
        for (long t = 1; t <= 10; t++) {
            timeline.record(t, "event-" + t);
        }
        Workers pruner = Workers.start("pruner", 1, t -> {
            Thread.sleep(50); // after the lookup below, in practice
            timeline.pruneBefore(5L);
        });
        String event = timeline.at(8L);
        pruner.join();
        assertEquals("event-8", event);
    }
}
