package com.acme.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The same cache, releasing the read lock before taking the write lock and re-checking. */
public class GoodReleaseThenWrite {
    private final Map<String, Object> cache = new HashMap<>();
    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();

    public Object get(String key) {
        rwl.readLock().lock();
        try {
            Object value = cache.get(key);
            if (value != null) {
                return value;
            }
        } finally {
            rwl.readLock().unlock();
        }
        rwl.writeLock().lock();
        try {
            return cache.computeIfAbsent(key, k -> k);
        } finally {
            rwl.writeLock().unlock();
        }
    }
}
