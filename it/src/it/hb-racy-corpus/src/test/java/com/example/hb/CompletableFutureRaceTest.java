package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Program completablefuture-runasync-put: two runAsync tasks (on a two-thread pool, so on two
 * threads) both write one HashMap. The main thread does not touch the map afterwards.
 */
class CompletableFutureRaceTest {

    @Test
    void twoRunAsyncTasksWriteOneMap() throws InterruptedException {
        Map<String, String> headers = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> auth = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 10; i++) {
                    headers.put("x-auth-" + i, "token"); // race: completablefuture-runasync-put
                }
            }, pool);
            CompletableFuture<Void> trace = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 10; i++) {
                    headers.put("x-trace-" + i, "span"); // race: completablefuture-runasync-put
                }
            }, pool);
            CompletableFuture.allOf(auth, trace).join();
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
