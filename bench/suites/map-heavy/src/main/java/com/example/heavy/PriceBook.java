package com.example.heavy;

import java.util.Map;
import java.util.TreeMap;

/** Tiered prices by quantity: the tier is the greatest threshold at or below the quantity. */
public final class PriceBook {
    private final Map<String, TreeMap<Integer, Long>> tiers = new java.util.HashMap<>();

    public void tier(String sku, int fromQuantity, long centsEach) {
        tiers.computeIfAbsent(sku, k -> new TreeMap<>()).put(fromQuantity, centsEach);
    }

    public long price(String sku, int quantity) {
        TreeMap<Integer, Long> t = tiers.get(sku);
        if (t == null) {
            throw new IllegalArgumentException(sku);
        }
        Map.Entry<Integer, Long> e = t.floorEntry(quantity);
        return e == null ? 0 : e.getValue() * quantity;
    }
}
