package com.example.heavy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LruCacheTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    @Test
    void shouldStayWithinCapacityUnderConcurrentLoad() throws Exception {
        LruCache<Integer, String> cache = new LruCache<>(500);
        int perTask = 150_000 * Work.SCALE;
        Work.onAll(pool, 4, t -> () -> {
            long sum = 0;
            for (int i = 0; i < perTask; i++) {
                int key = i % 8 == 0 ? (i * 31 + t * 7) % 700 : (i * 7 + t) % 400;
                sum += cache.get(key, k -> "v" + k).length();
            }
            return sum;
        });
        assertEquals(500, cache.size());
        assertEquals(4L * perTask, cache.hits() + cache.misses());
        assertTrue(cache.hits() > cache.misses());
    }

    @Test
    void shouldServeRepeatedKeysFromTheCache() {
        LruCache<String, Integer> cache = new LruCache<>(64);
        for (int round = 0; round < 20_000 * Work.SCALE; round++) {
            for (int k = 0; k < 32; k++) {
                cache.get("key" + k, String::length);
            }
        }
        assertEquals(32, cache.misses());
    }
}
