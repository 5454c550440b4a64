package com.acme.prices;

import java.util.HashMap;
import java.util.Map;

/** Writers synchronize; the hot read path was "optimized" by dropping the lock. */
public class BadUnsynchronizedGetter {
    private final Map<String, Long> prices = new HashMap<>();

    public synchronized void update(String sku, long price) {
        prices.put(sku, price); // related: INCONSISTENT_LOCKING
    }

    public synchronized void delist(String sku) {
        prices.remove(sku);
    }

    public Long price(String sku) {
        return prices.get(sku); // expect: INCONSISTENT_LOCKING
    }
}
