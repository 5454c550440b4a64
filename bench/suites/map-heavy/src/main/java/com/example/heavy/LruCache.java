package com.example.heavy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A bounded least-recently-used cache; every method holds the cache's monitor. */
public final class LruCache<K, V> {
    private final int capacity;
    private final LinkedHashMap<K, V> map;
    private long hits;
    private long misses;

    public LruCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.capacity;
            }
        };
    }

    public synchronized V get(K key, Function<K, V> loader) {
        V v = map.get(key);
        if (v != null) {
            hits++;
            return v;
        }
        misses++;
        v = loader.apply(key);
        map.put(key, v);
        return v;
    }

    public synchronized int size() {
        return map.size();
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }
}
