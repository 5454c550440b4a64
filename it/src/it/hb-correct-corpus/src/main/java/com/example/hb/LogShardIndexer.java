package com.example.hb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Counts log levels per shard with {@code execute}: every task reads the alias table (filled
 * before the tasks are executed) and fills its own HashMap; the caller merges the partial maps
 * after {@code shutdown()} and {@code awaitTermination()}.
 */
public final class LogShardIndexer {
    private final Map<String, String> levelAliases = new HashMap<>();

    public LogShardIndexer() {
        levelAliases.put("WARNING", "WARN");
        levelAliases.put("ERR", "ERROR");
        levelAliases.put("INFORMATION", "INFO");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Integer> countLevels(List<List<String>> shards) throws InterruptedException {
        Map<String, Integer>[] partials = new Map[shards.size()];
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (int i = 0; i < shards.size(); i++) {
            int shard = i;
            pool.execute(() -> {
                Map<String, Integer> counts = new HashMap<>();
                for (String line : shards.get(shard)) {
                    String level = line.substring(0, line.indexOf(' '));
                    counts.merge(levelAliases.getOrDefault(level, level), 1, Integer::sum);
                }
                partials[shard] = counts;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("indexing did not finish");
        }
        Map<String, Integer> total = new HashMap<>();
        for (Map<String, Integer> partial : partials) {
            for (Map.Entry<String, Integer> e : partial.entrySet()) {
                total.merge(e.getKey(), e.getValue(), Integer::sum);
            }
        }
        return total;
    }
}
