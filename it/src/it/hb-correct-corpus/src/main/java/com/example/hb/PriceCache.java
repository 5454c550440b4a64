package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/** Prices in cents by SKU; every access to the HashMap is inside {@code synchronized (lock)}. */
public final class PriceCache {
    private final Object lock = new Object();
    private final Map<String, Long> centsBySku = new HashMap<>();

    public void update(String sku, long cents) {
        synchronized (lock) {
            centsBySku.put(sku, cents);
        }
    }

    /** The price in cents, or -1 when the SKU is unknown. */
    public long priceOf(String sku) {
        synchronized (lock) {
            return centsBySku.getOrDefault(sku, -1L);
        }
    }

    public int size() {
        synchronized (lock) {
            return centsBySku.size();
        }
    }
}
