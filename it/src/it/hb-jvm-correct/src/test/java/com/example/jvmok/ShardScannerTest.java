package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: ExecutorCompletionService over a fixed pool. Each task writes its own HashMap (made
 * and filled by the test before submit); the test reads every map after take().get() of all tasks.
 */
class ShardScannerTest {

    @Test
    void mapsReadAfterTheCompletionServiceHandedBackEveryTask() throws Exception {
        Map<String, List<String>> shards = Map.of(
                "shard-a", List.of("200 GET /", "500 GET /cart", "200 GET /img"),
                "shard-b", List.of("404 GET /x", "200 POST /login"),
                "shard-c", List.of("500 GET /pay", "500 GET /pay", "200 GET /", "301 GET /old"),
                "shard-d", List.of("200 GET /"));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CompletionService<String> completion = new ExecutorCompletionService<>(pool);
            Map<String, Map<String, Integer>> codesByShard = new HashMap<>();
            for (Map.Entry<String, List<String>> shard : shards.entrySet()) {
                Map<String, Integer> codes = new HashMap<>();
                codes.put("lines", 0);
                codes.put("200", 0);
                codesByShard.put(shard.getKey(), codes);
                completion.submit(() -> ShardScanner.scan(shard.getKey(), shard.getValue(), codes));
            }
            for (int i = 0; i < shards.size(); i++) {
                completion.take().get(5, TimeUnit.SECONDS);
            }
            int lines = 0;
            int ok = 0;
            int errors = 0;
            for (Map<String, Integer> codes : codesByShard.values()) {
                lines += codes.get("lines");
                ok += codes.get("200");
                errors += codes.getOrDefault("500", 0);
            }
            assertEquals(10, lines);
            assertEquals(5, ok);
            assertEquals(3, errors);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
