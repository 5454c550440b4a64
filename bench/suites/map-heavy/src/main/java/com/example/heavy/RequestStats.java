package com.example.heavy;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Per-endpoint request counters and latency sums, updated from many threads. */
public final class RequestStats {
    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> latencySums = new ConcurrentHashMap<>();

    public void record(String endpoint, long micros) {
        counts.computeIfAbsent(endpoint, e -> new LongAdder()).increment();
        latencySums.merge(endpoint, micros, Long::sum);
    }

    public long count(String endpoint) {
        LongAdder a = counts.get(endpoint);
        return a == null ? 0 : a.sum();
    }

    /** A sorted, single-threaded report of the averages. */
    public Map<String, Long> averages() {
        Map<String, Long> result = new TreeMap<>();
        Map<String, Long> totals = new HashMap<>(latencySums);
        for (Map.Entry<String, LongAdder> e : counts.entrySet()) {
            long n = e.getValue().sum();
            result.put(e.getKey(), n == 0 ? 0 : totals.getOrDefault(e.getKey(), 0L) / n);
        }
        return result;
    }
}
