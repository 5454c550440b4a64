package com.acme.metrics;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class BadInventory {
    private final Map<String, Integer> stock = Collections.synchronizedMap(new HashMap<>());
    private final ConcurrentHashMap<String, Double> scores = new ConcurrentHashMap<>();

    public void ship(String sku, int quantity) {
        stock.put(sku, stock.get(sku) - quantity); // expect: NON_ATOMIC_UPDATE related: NON_ATOMIC_UPDATE
    }

    public void boost(String player, double factor) {
        scores.put(player, scores.getOrDefault(player, 1.0) * factor); // expect: NON_ATOMIC_UPDATE related: NON_ATOMIC_UPDATE
    }
}
