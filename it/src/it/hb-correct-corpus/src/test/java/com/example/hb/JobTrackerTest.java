package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mechanism: a concurrent key set and a CopyOnWriteArrayList as the sync objects of a hand-off. */
class JobTrackerTest {

    @Test
    void readersSeeWhatWorkersPublishedThroughConcurrentCollections() throws InterruptedException {
        int jobs = 20;
        JobTracker tracker = new JobTracker(jobs);
        Workers.start("job-worker", 2, w -> {
            for (int j = w; j < jobs; j += 2) {
                tracker.finish(j, 10 * j);
            }
        }).and("job-reader", 2, r -> {
            for (int j = 0; j < jobs; j++) {
                int items;
                while ((items = tracker.itemsIfFinished(j)) < 0) {
                    assertTrue(tracker.summarizedItems() >= 0);
                    Thread.onSpinWait();
                }
                assertEquals(10 * j, items);
            }
        }).join();
        assertEquals(10 * (jobs - 1) * jobs / 2, tracker.summarizedItems());
    }
}
