package com.acme.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The same cache, loading through one atomic call. */
public class GoodComputeIfAbsent {
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public byte[] get(String key) {
        return cache.computeIfAbsent(key, k -> load(k));
    }

    public byte[] peek(String key) {
        if (cache.containsKey(key)) {
            return cache.get(key);
        }
        return null;
    }

    private byte[] load(String key) {
        return key.getBytes();
    }
}
