package com.acme.other;

import java.util.concurrent.ConcurrentHashMap;

public class Counter {
    private final ConcurrentHashMap<String, Integer> seen = new ConcurrentHashMap<>();

    public void first(String key) {
        if (!seen.containsKey(key)) {
            seen.put(key, 1);
        }
    }
}
