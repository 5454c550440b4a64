package com.acme.index;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The halves are kept in fields; lock and unlock name the same half in two spellings. */
public class GoodAliasedReadLockHalves {
    private final Map<String, String> index = new HashMap<>();
    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();
    private final Lock r = rwl.readLock();
    private final Lock w = rwl.writeLock();

    public String get(String key) {
        r.lock();
        try {
            return index.get(key);
        } finally {
            rwl.readLock().unlock();
        }
    }

    public int size() {
        rwl.readLock().lock();
        try {
            return index.size();
        } finally {
            r.unlock();
        }
    }

    public void put(String key, String value) {
        w.lock();
        try {
            index.put(key, value);
        } finally {
            rwl.writeLock().unlock();
        }
    }
}
