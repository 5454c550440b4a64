package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Job results passed through a ConcurrentHashMap: a worker fills a plain HashMap and then puts it
 * into the board; a reader gets it from the board (spinning until present) and reads it.
 */
public final class ResultBoard {
    private final ConcurrentMap<String, Map<String, Integer>> resultsByJob = new ConcurrentHashMap<>();

    public void complete(String job, int rows) {
        Map<String, Integer> result = new HashMap<>();
        result.put("rows", rows);
        result.put("errors", rows / 10);
        resultsByJob.put(job, result);
    }

    public int rowsOf(String job, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        Map<String, Integer> result;
        while ((result = resultsByJob.get(job)) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("job never completed: " + job);
            }
            Thread.onSpinWait();
        }
        return result.get("rows");
    }
}
