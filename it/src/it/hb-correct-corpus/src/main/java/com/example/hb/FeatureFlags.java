package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Feature flags: readers under the read lock, the admin writer under the write lock. */
public final class FeatureFlags {
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, Boolean> flags = new HashMap<>();

    public void set(String flag, boolean enabled) {
        rw.writeLock().lock();
        try {
            flags.put(flag, enabled);
        } finally {
            rw.writeLock().unlock();
        }
    }

    public boolean isEnabled(String flag) {
        rw.readLock().lock();
        try {
            return flags.getOrDefault(flag, false);
        } finally {
            rw.readLock().unlock();
        }
    }

    public int count() {
        rw.readLock().lock();
        try {
            return flags.size();
        } finally {
            rw.readLock().unlock();
        }
    }
}
