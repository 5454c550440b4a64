package com.acme.config;

import java.util.HashMap;
import java.util.Map;

/** Copy-on-write done right: the field is volatile, readers need no lock. */
public class GoodVolatileSnapshot {
    private volatile Map<String, String> settings = Map.of();

    public synchronized void set(String key, String value) {
        Map<String, String> next = new HashMap<>(settings);
        next.put(key, value);
        settings = Map.copyOf(next);
    }

    public String get(String key) {
        return settings.get(key);
    }
}
