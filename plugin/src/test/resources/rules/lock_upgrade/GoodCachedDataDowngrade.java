package com.acme.cache;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The CachedData example of ReentrantReadWriteLock's Javadoc: release, write, downgrade. */
public class GoodCachedDataDowngrade {
    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();
    private Object data;
    private volatile boolean cacheValid;

    public Object processCachedData() {
        rwl.readLock().lock();
        if (!cacheValid) {
            rwl.readLock().unlock();
            rwl.writeLock().lock();
            try {
                if (!cacheValid) {
                    data = new Object();
                    cacheValid = true;
                }
                rwl.readLock().lock();
            } finally {
                rwl.writeLock().unlock();
            }
        }
        try {
            return data;
        } finally {
            rwl.readLock().unlock();
        }
    }
}
