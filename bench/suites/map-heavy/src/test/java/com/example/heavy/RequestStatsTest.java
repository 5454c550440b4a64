package com.example.heavy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestStatsTest {
    private static final String[] ENDPOINTS = {"/", "/login", "/cart", "/search", "/item", "/checkout", "/api/v1/a",
            "/api/v1/b"};
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    @Test
    void shouldCountEveryRequestFromEveryThread() throws Exception {
        RequestStats stats = new RequestStats();
        int perTask = 150_000 * Work.SCALE;
        Work.onAll(pool, 4, t -> () -> {
            for (int i = 0; i < perTask; i++) {
                stats.record(ENDPOINTS[(i + t) % ENDPOINTS.length], 100 + i % 50);
            }
            return null;
        });
        long total = 0;
        for (String e : ENDPOINTS) {
            total += stats.count(e);
        }
        assertEquals(4L * perTask, total);
        Map<String, Long> averages = stats.averages();
        assertEquals(ENDPOINTS.length, averages.size());
    }
}
