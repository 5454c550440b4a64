package com.example.jvmok;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Prices a basket in three asynchronous stages on the given executor; the basket (a plain HashMap
 * filled by the caller) is handed from stage to stage and written by each.
 */
public final class QuotePipeline {
    private final Executor executor;

    public QuotePipeline(Executor executor) {
        this.executor = executor;
    }

    public CompletableFuture<Map<String, Integer>> price(Map<String, Integer> basket) {
        return CompletableFuture.supplyAsync(() -> {
            int subtotal = 0;
            for (Map.Entry<String, Integer> e : basket.entrySet()) {
                if (e.getKey().startsWith("item:")) {
                    subtotal += e.getValue();
                }
            }
            basket.put("subtotal", subtotal);
            return basket;
        }, executor).thenApplyAsync(b -> {
            b.put("tax", b.get("subtotal") / 5);
            return b;
        }, executor).thenApplyAsync(b -> {
            b.put("total", b.get("subtotal") + b.get("tax"));
            return b;
        }, executor);
    }
}
