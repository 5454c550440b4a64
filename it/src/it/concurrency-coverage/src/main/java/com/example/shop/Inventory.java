package com.example.shop;

import java.util.HashMap;
import java.util.Map;

/** Stock levels, updated by the order threads and read by the shop front. */
public class Inventory {
    private final Map<String, Integer> stock = new HashMap<>(); // inventory's map

    public synchronized void add(String item, int count) {
        stock.merge(item, count, Integer::sum);
    }

    public synchronized int count(String item) {
        return stock.getOrDefault(item, 0);
    }
}
