package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/**
 * Stock per SKU behind synchronized methods; {@link #reserve} reads the map and then throws when
 * the stock is short, so the monitor is released by the exception path.
 */
public final class InventoryLedger {
    private final Map<String, Integer> stock = new HashMap<>();

    /** Thrown by {@link #reserve} when fewer units are available than asked for. */
    public static final class InsufficientStockException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InsufficientStockException(String sku, int wanted, int available) {
            super(sku + ": wanted " + wanted + ", available " + available);
        }
    }

    public synchronized void restock(String sku, int units) {
        stock.merge(sku, units, Integer::sum);
    }

    public synchronized void reserve(String sku, int units) {
        int available = stock.getOrDefault(sku, 0);
        if (available < units) {
            throw new InsufficientStockException(sku, units, available);
        }
        stock.put(sku, available - units);
    }

    public synchronized int available(String sku) {
        return stock.getOrDefault(sku, 0);
    }
}
