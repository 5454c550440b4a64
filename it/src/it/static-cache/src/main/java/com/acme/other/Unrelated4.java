package com.acme.other;

import java.util.concurrent.ConcurrentHashMap;

public class Unrelated4 {
    private final ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();

    public void remember(String key) {
        if (names.get(key) == null) {
            names.put(key, key);
        }
    }
}
