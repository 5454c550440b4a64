package com.acme.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** ReentrantReadWriteLock's Javadoc CachedData: downgrade from the write lock to the read lock. */
public class GoodCachedDataDowngrade {
    private Map<String, String> data;
    private volatile boolean cacheValid;
    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();

    public String processCachedData(String key) {
        rwl.readLock().lock();
        if (!cacheValid) {
            // the read lock must be released before the write lock is taken
            rwl.readLock().unlock();
            rwl.writeLock().lock();
            try {
                // another thread may have taken the write lock and changed state before we did
                if (!cacheValid) {
                    data = new HashMap<>();
                    cacheValid = true;
                }
                // downgrade by taking the read lock before releasing the write lock
                rwl.readLock().lock();
            } finally {
                rwl.writeLock().unlock(); // unlock write, still hold read
            }
        }
        try {
            return data.get(key);
        } finally {
            rwl.readLock().unlock();
        }
    }
}
