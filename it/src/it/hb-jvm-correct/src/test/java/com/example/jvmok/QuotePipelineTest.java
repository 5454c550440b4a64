package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: CompletableFuture.supplyAsync / thenApplyAsync over a custom ThreadPoolExecutor, whose
 * ThreadFactory makes the threads that the executor starts (inside the JDK). The basket HashMap is
 * filled before supplyAsync, written by every stage, and read after join().
 */
class QuotePipelineTest {

    @Test
    void basketHandedAlongTheStages() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "quote-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(3, 3, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), factory);
        try {
            QuotePipeline pipeline = new QuotePipeline(pool);
            List<Map<String, Integer>> baskets = new ArrayList<>();
            List<CompletableFuture<Map<String, Integer>>> quotes = new ArrayList<>();
            for (int b = 0; b < 5; b++) {
                Map<String, Integer> basket = new HashMap<>();
                basket.put("item:apple", 100 * (b + 1));
                basket.put("item:pear", 150);
                baskets.add(basket);
                quotes.add(pipeline.price(basket));
            }
            for (int b = 0; b < 5; b++) {
                Map<String, Integer> quoted = quotes.get(b).join();
                assertSame(baskets.get(b), quoted);
                int subtotal = 100 * (b + 1) + 150;
                assertEquals(subtotal, quoted.get("subtotal"));
                assertEquals(subtotal + subtotal / 5, quoted.get("total"));
                quoted.put("checked", 1);
            }
            assertTrue(made.get() >= 1 && made.get() <= 3);
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
