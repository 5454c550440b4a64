package com.example.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Units on hand per SKU. Shared by all request threads and correct: a {@link ConcurrentHashMap}
 * updated only through its atomic {@code merge} and {@code compute}.
 */
public class StockLevels {

    private final ConcurrentHashMap<String, Integer> onHand = new ConcurrentHashMap<>();

    /**
     * Creates stock levels from initial counts.
     *
     * @param initial units on hand by SKU
     */
    public StockLevels(Map<String, Integer> initial) {
        onHand.putAll(initial);
    }

    /**
     * Adds received units.
     *
     * @param sku the stock-keeping unit
     * @param units how many arrived
     */
    public void receive(String sku, int units) {
        onHand.merge(sku, units, Integer::sum);
    }

    /**
     * Takes units out of stock if enough are on hand.
     *
     * @param sku the stock-keeping unit
     * @param units how many to reserve
     * @return true if the reservation was made
     */
    public boolean reserve(String sku, int units) {
        boolean[] reserved = new boolean[1];
        onHand.compute(sku, (key, current) -> {
            int have = current == null ? 0 : current;
            if (have < units) {
                return current;
            }
            reserved[0] = true;
            return have - units;
        });
        return reserved[0];
    }

    /**
     * Returns the units on hand.
     *
     * @param sku the stock-keeping unit
     * @return units on hand, 0 if unknown
     */
    public int available(String sku) {
        return onHand.getOrDefault(sku, 0);
    }
}
