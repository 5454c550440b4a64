package com.acme.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The canonical forms. */
public class GoodCanonicalLocking {
    private final Map<String, Object> cache = new HashMap<>();
    private final Lock lock = new ReentrantLock();
    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();

    public void put(String key, Object value) {
        lock.lock();
        try {
            cache.put(key, value);
        } finally {
            lock.unlock();
        }
    }

    public Object get(String key) throws InterruptedException {
        rwl.readLock().lockInterruptibly();
        try {
            return cache.get(key);
        } finally {
            rwl.readLock().unlock();
        }
    }

    public void clear() {
        try {
            rwl.writeLock().lock();
            cache.clear();
        } finally {
            rwl.writeLock().unlock();
        }
    }
}
