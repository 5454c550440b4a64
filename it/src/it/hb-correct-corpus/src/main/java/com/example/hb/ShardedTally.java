package com.example.hb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Votes tallied in two phases around a CyclicBarrier: each worker fills its own partial HashMap,
 * the barrier action (run by the last worker to arrive) merges the partials into the shared
 * totals, and after the barrier every worker reads the totals.
 */
public final class ShardedTally {
    private final List<Map<String, Integer>> partials;
    private final Map<String, Integer> totals = new HashMap<>();
    private final CyclicBarrier barrier;

    public ShardedTally(List<Map<String, Integer>> emptyPartials) {
        this.partials = emptyPartials;
        this.barrier = new CyclicBarrier(emptyPartials.size(), this::mergePartials);
    }

    private void mergePartials() {
        for (Map<String, Integer> partial : partials) {
            for (Map.Entry<String, Integer> e : partial.entrySet()) {
                totals.merge(e.getKey(), e.getValue(), Integer::sum);
            }
        }
    }

    /** Worker {@code shard}: tallies its ballots, waits for the others, returns the winner's votes. */
    public int tallyAndReadWinner(int shard, List<String> ballots, String winner)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        Map<String, Integer> mine = partials.get(shard);
        for (String ballot : ballots) {
            mine.merge(ballot, 1, Integer::sum);
        }
        barrier.await(10, TimeUnit.SECONDS);
        return totals.getOrDefault(winner, 0);
    }

    public int candidates() {
        return totals.size();
    }
}
