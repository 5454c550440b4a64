package com.acme.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A cache that loads each value at most once, or so its author hoped. */
public class BadContainsKeyThenPut {
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public byte[] get(String key) {
        if (!cache.containsKey(key)) { // related: CHECK_THEN_ACT
            cache.put(key, load(key)); // expect: CHECK_THEN_ACT
        }
        return cache.get(key);
    }

    private byte[] load(String key) {
        return key.getBytes();
    }
}
