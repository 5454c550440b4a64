package com.acme.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Two different read-write locks, and a write tryLock that fails instead of deadlocking. */
public class GoodDifferentLocksAndTryLock {
    private final Map<String, Integer> a = new HashMap<>();
    private final Map<String, Integer> b = new HashMap<>();
    private final ReentrantReadWriteLock aLock = new ReentrantReadWriteLock();
    private final ReentrantReadWriteLock bLock = new ReentrantReadWriteLock();

    public void copyAToB(String key) {
        aLock.readLock().lock();
        try {
            bLock.writeLock().lock();
            try {
                b.put(key, a.get(key));
            } finally {
                bLock.writeLock().unlock();
            }
        } finally {
            aLock.readLock().unlock();
        }
    }

    public boolean tryBump(String key) {
        aLock.readLock().lock();
        try {
            if (aLock.writeLock().tryLock()) {
                try {
                    a.merge(key, 1, Integer::sum);
                    return true;
                } finally {
                    aLock.writeLock().unlock();
                }
            }
            return false;
        } finally {
            aLock.readLock().unlock();
        }
    }

    public Runnable later(String key) {
        aLock.readLock().lock();
        try {
            return () -> {
                aLock.writeLock().lock();
                try {
                    a.remove(key);
                } finally {
                    aLock.writeLock().unlock();
                }
            };
        } finally {
            aLock.readLock().unlock();
        }
    }
}
