package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reindex jobs run by priority: the executor's queue orders them, so a job is Comparable (and can
 * not be wrapped in anything that is not). Each job fills its own HashMap from a table the
 * scheduler filled before execute(); the caller reads the results after awaitTermination.
 */
public final class ReindexScheduler {
    private final Map<String, Integer> weights = new HashMap<>();
    private final Map<String, Map<String, Integer>> results = new java.util.concurrent.ConcurrentHashMap<>();
    private final ThreadPoolExecutor pool =
            new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new PriorityBlockingQueue<>());

    public ReindexScheduler() {
        weights.put("title", 5);
        weights.put("body", 1);
    }

    /** A job with a priority: higher runs first. */
    final class Job implements Runnable, Comparable<Job> {
        private final String shard;
        private final int priority;
        private final Map<String, Integer> scores = new HashMap<>();

        Job(String shard, int priority) {
            this.shard = shard;
            this.priority = priority;
        }

        @Override
        public void run() {
            for (Map.Entry<String, Integer> w : weights.entrySet()) {
                scores.put(shard + ":" + w.getKey(), w.getValue() * priority);
            }
            results.put(shard, scores);
        }

        @Override
        public int compareTo(Job other) {
            return Integer.compare(other.priority, priority);
        }
    }

    public void submit(String shard, int priority) {
        pool.execute(new Job(shard, priority));
    }

    public int totalScore() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("jobs did not finish");
        }
        int total = 0;
        for (Map<String, Integer> scores : results.values()) {
            for (int s : scores.values()) {
                total += s;
            }
        }
        return total;
    }
}
