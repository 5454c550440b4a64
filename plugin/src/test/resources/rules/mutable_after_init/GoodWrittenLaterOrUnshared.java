package com.acme.tenants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One map is a cache written after construction (not read-only); the other lives in a plain object. */
public class GoodWrittenLaterOrUnshared {
    private final Map<String, String> cache = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();

    public GoodWrittenLaterOrUnshared(List<String> names) {
        cache.put("default", "x");
        for (int i = 0; i < names.size(); i++) {
            positions.put(names.get(i), i);
        }
    }

    public String lookup(String key) {
        return cache.computeIfAbsent(key, String::trim);
    }

    public int position(String name) {
        return positions.getOrDefault(name, -1);
    }
}
