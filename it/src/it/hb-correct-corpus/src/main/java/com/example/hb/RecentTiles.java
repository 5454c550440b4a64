package com.example.hb;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Recently used tiles in an access-ordered LinkedHashMap. {@code get} relinks entries, so it takes
 * the write lock; {@code containsKey} does not, so the membership check shares the read lock.
 */
public final class RecentTiles {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, String> tiles = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 128;
        }
    };

    public boolean has(String key) {
        lock.readLock().lock();
        try {
            return tiles.containsKey(key);
        } finally {
            lock.readLock().unlock();
        }
    }

    public String fetch(String key) {
        lock.writeLock().lock();
        try {
            String tile = tiles.get(key);
            if (tile == null) {
                tile = "tile:" + key;
                tiles.put(key, tile);
            }
            return tile;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
