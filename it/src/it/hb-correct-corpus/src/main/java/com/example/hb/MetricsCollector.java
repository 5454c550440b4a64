package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Collects metrics from several sources with runAsync: each task reads the shared unit table
 * (filled before the tasks start) and fills its own HashMap; after allOf(...).join() the caller
 * merges them.
 */
public final class MetricsCollector {
    private final Map<String, String> unitByMetric = new HashMap<>();

    public MetricsCollector() {
        unitByMetric.put("latency", "ms");
        unitByMetric.put("heap", "MiB");
        unitByMetric.put("requests", "count");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Long> collect(int sources) {
        Map<String, Long>[] perSource = new Map[sources];
        CompletableFuture<?>[] tasks = new CompletableFuture<?>[sources];
        for (int i = 0; i < sources; i++) {
            int source = i;
            tasks[i] = CompletableFuture.runAsync(() -> {
                Map<String, Long> sample = new HashMap<>();
                for (String metric : unitByMetric.keySet()) {
                    sample.put(metric + "[" + unitByMetric.get(metric) + "]", (long) (source + 1) * metric.length());
                }
                perSource[source] = sample;
            });
        }
        CompletableFuture.allOf(tasks).join();
        Map<String, Long> merged = new HashMap<>();
        for (Map<String, Long> sample : perSource) {
            sample.forEach((k, v) -> merged.merge(k, v, Long::sum));
        }
        return merged;
    }
}
