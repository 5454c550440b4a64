package com.acme.prices;

import java.util.HashMap;
import java.util.Map;

/** Every access after construction takes the same lock (size() takes others as well); the constructor needs none. */
public class GoodEveryAccessLocked {
    private final Object lock = new Object();
    private final Map<String, Long> prices = new HashMap<>();

    public GoodEveryAccessLocked(Map<String, Long> initial) {
        prices.putAll(initial);
    }

    public void update(String sku, long price) {
        synchronized (lock) {
            prices.put(sku, price);
        }
    }

    public Long price(String sku) {
        synchronized (lock) {
            return prices.get(sku);
        }
    }

    public synchronized int size() {
        synchronized (lock) {
            synchronized (prices) {
                return prices.size();
            }
        }
    }
}
