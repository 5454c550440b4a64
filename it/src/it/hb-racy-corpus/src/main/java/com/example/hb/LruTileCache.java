package com.example.hb;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Map tiles kept in least-recently-used order. Lookups take the read lock, so several renderers
 * look tiles up at once: but an access-ordered LinkedHashMap moves the entry it returns to the
 * end of its list, so {@code get} writes the map, and two readers corrupt the links.
 */
public final class LruTileCache {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, byte[]> tiles = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > 256;
        }
    };

    public void store(String key, byte[] tile) {
        lock.writeLock().lock();
        try {
            tiles.put(key, tile);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public byte[] lookup(String key) {
        lock.readLock().lock();
        try {
            return tiles.get(key); // race: lru-get-under-read-lock (same line)
        } finally {
            lock.readLock().unlock();
        }
    }
}
