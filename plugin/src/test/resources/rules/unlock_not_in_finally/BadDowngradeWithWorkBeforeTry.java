package com.acme.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** CachedData gone wrong: work that can throw runs while the read lock is held, before the try. */
public class BadDowngradeWithWorkBeforeTry {
    private Map<String, String> data;
    private volatile boolean cacheValid;
    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();

    public String processCachedData(String key) {
        rwl.readLock().lock(); // expect: UNLOCK_NOT_IN_FINALLY
        if (!cacheValid) {
            rwl.readLock().unlock(); // related: UNLOCK_NOT_IN_FINALLY
            rwl.writeLock().lock();
            try {
                if (!cacheValid) {
                    data = new HashMap<>();
                    cacheValid = true;
                }
                rwl.readLock().lock(); // expect: UNLOCK_NOT_IN_FINALLY
            } finally {
                rwl.writeLock().unlock();
            }
            data.put(key, key.trim());
        }
        String normalized = key.trim();
        try {
            return data.get(normalized);
        } finally {
            rwl.readLock().unlock(); // related: UNLOCK_NOT_IN_FINALLY
        }
    }
}
