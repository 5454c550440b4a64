package com.example.jvm;

import java.util.HashMap;
import java.util.Map;

/**
 * Prices in cents. A snapshot is a copy made with the HashMap copy constructor, which reads the
 * live map inside the JDK while a repricer may be writing it.
 */
public final class PriceBoard {
    private final Map<String, Integer> prices = new HashMap<>();

    public PriceBoard() {
        prices.put("apple", 120);
        prices.put("pear", 95);
    }

    public void reprice(String sku, int cents) {
        prices.put(sku, cents); // race: copy-constructor
    }

    public Map<String, Integer> snapshot() {
        return new HashMap<>(prices); // race: copy-constructor
    }
}
