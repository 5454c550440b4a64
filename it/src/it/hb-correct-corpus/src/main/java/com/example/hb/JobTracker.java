package com.example.hb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Workers fill a HashMap per job and publish it twice: the stats through a plain array slot that
 * only the concurrent key set of finished job numbers orders, the summary through a
 * CopyOnWriteArrayList. Readers that find the job in the set, or the summary in the list, read the
 * worker's HashMap safely.
 */
public final class JobTracker {
    private final Object[] statsByJob;
    private final Set<Integer> finished = ConcurrentHashMap.newKeySet();
    private final List<Map<String, Integer>> summaries = new CopyOnWriteArrayList<>();

    public JobTracker(int jobs) {
        statsByJob = new Object[jobs];
    }

    public void finish(int job, int items) {
        Map<String, Integer> stats = new HashMap<>();
        stats.put("items", items);
        stats.put("failed", items % 3);
        statsByJob[job] = stats; // a plain store: published by the add below
        finished.add(job);
        Map<String, Integer> summary = new HashMap<>();
        summary.put("items", items);
        summaries.add(summary);
    }

    /** The job's item count once it is finished, else -1. */
    @SuppressWarnings("unchecked")
    public int itemsIfFinished(int job) {
        if (!finished.contains(job)) {
            return -1;
        }
        return ((Map<String, Integer>) statsByJob[job]).get("items");
    }

    /** The items of every summary published so far. */
    public int summarizedItems() {
        int total = 0;
        for (Map<String, Integer> s : summaries) {
            total += s.get("items");
        }
        return total;
    }
}
