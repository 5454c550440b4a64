package com.example.shop;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/** Prices, refreshed in the background by a feed and read by every request thread. */
public class PriceList {
    private final Map<String, Long> prices = new ConcurrentHashMap<>(); // price list's map

    public void refreshIn(ExecutorService feed, String item, long cents) {
        feed.execute(() -> prices.put(item, cents));
    }

    public void set(String item, long cents) {
        prices.put(item, cents);
    }

    public Long price(String item) {
        return prices.get(item);
    }
}
