package com.acme.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The classic read-then-upgrade cache that deadlocks on its first miss. */
public class BadUpgradeInPlace {
    private final Map<String, Object> cache = new HashMap<>();
    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();

    public Object get(String key) {
        rwl.readLock().lock(); // related: LOCK_UPGRADE
        try {
            Object value = cache.get(key);
            if (value == null) {
                rwl.writeLock().lock(); // expect: LOCK_UPGRADE
                try {
                    value = load(key);
                    cache.put(key, value);
                } finally {
                    rwl.writeLock().unlock();
                }
            }
            return value;
        } finally {
            rwl.readLock().unlock();
        }
    }

    private Object load(String key) {
        return key;
    }
}
