package com.example.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Prices, safely shared: one atomic call per update. */
public class Prices {
    private final Map<String, Long> cents = new ConcurrentHashMap<>();

    public void raise(String sku, long by) {
        cents.merge(sku, by, Long::sum);
    }

    public long of(String sku) {
        return cents.getOrDefault(sku, 0L);
    }
}
