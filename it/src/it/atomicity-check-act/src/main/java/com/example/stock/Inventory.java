package com.example.stock;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stock levels shared by the restocking threads. */
public class Inventory {
    private final Map<String, Integer> stock = new ConcurrentHashMap<>();

    /**
     * Adds one item of {@code sku}. The read and the write are two calls: another thread's
     * restock between them is lost. {@code between} lets a test hold the thread there.
     */
    public void restock(String sku, Runnable between) {
        Integer have = stock.get(sku); // check
        between.run();
        stock.put(sku, have == null ? 1 : have + 1); // act
    }

    public int count(String sku) {
        return stock.getOrDefault(sku, 0);
    }
}
