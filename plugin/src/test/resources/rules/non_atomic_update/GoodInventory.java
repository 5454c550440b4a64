package com.acme.metrics;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class GoodInventory {
    private final Map<String, Integer> stock = Collections.synchronizedMap(new HashMap<>());
    private final ConcurrentHashMap<String, Double> scores = new ConcurrentHashMap<>();

    public void ship(String sku, int quantity) {
        stock.compute(sku, (k, v) -> v - quantity);
    }

    public void shipLocked(String sku, int quantity) {
        synchronized (stock) {
            stock.put(sku, stock.get(sku) - quantity);
        }
    }

    public void boost(String player, double factor) {
        scores.merge(player, factor, (old, f) -> old * f);
    }
}
