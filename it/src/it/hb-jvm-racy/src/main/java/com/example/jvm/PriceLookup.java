package com.example.jvm;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Prices in cents, handed to batch jobs as a serializable pricing function: a method reference
 * made serializable with an intersection cast (compiled through LambdaMetafactory.altMetafactory).
 * Applying it reads the HashMap while a repricer writes it.
 */
public final class PriceLookup {
    private final Map<String, Integer> prices = new HashMap<>();

    public PriceLookup() {
        prices.put("apple", 120);
        prices.put("plum", 80);
    }

    public void setPrice(String sku, int cents) {
        prices.put(sku, cents); // race: serializable-method-ref
    }

    public Function<String, Integer> pricer() {
        return (Function<String, Integer> & Serializable) prices::get; // race: serializable-method-ref
    }
}
