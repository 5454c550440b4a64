package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mechanism: Comparable tasks on a priority executor (tracked in place, not wrapped) + awaitTermination. */
class ReindexSchedulerTest {

    @Test
    void priorityJobsReadTheWeightsAndTheCallerReadsTheirScores() throws InterruptedException {
        ReindexScheduler scheduler = new ReindexScheduler();
        for (int i = 1; i <= 6; i++) {
            scheduler.submit("shard-" + i, i);
        }
        assertEquals(6 * 21, scheduler.totalScore());
    }
}
