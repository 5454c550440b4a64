package com.example.stock;

import java.util.HashMap;
import java.util.Map;

/** Stock per SKU. Not thread-safe: RestockSpec shares it between two threads. */
public final class StockLevels {
    private final Map<String, Integer> levels = new HashMap<>();

    /** Adds units of a SKU. */
    public void restock(String sku, int units) {
        levels.put(sku, levels.getOrDefault(sku, 0) + units);
    }

    /** Units of a SKU in stock. */
    public int level(String sku) {
        return levels.getOrDefault(sku, 0);
    }
}
