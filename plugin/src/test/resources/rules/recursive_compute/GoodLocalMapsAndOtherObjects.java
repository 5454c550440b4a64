package com.acme.config;

import java.util.HashMap;
import java.util.Map;

/** A local map in a helper of the same name is not the field; another object's map is not this one. */
public class GoodLocalMapsAndOtherObjects {
    private final Map<String, String> resolved = new HashMap<>();
    private GoodLocalMapsAndOtherObjects parent;

    public String resolve(String key) {
        return resolved.computeIfAbsent(key, k -> expand(k));
    }

    private String expand(String value) {
        Map<String, String> resolved = new HashMap<>();
        resolved.put(value, value);
        return resolved.get(value);
    }

    public String inherit(String key) {
        return resolved.computeIfAbsent(key, k -> parent == null ? null : parent.lookup(k));
    }

    private String lookup(String key) {
        return resolved.putIfAbsent(key, key);
    }
}
