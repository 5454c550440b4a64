package com.acme.config;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The only unlock before the write lock is on a path that leaves the method. */
public class BadUpgradeAfterEarlyExitRelease {
    private final Map<String, String> settings = new TreeMap<>();
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();

    public String setDefault(String key, String value) {
        rw.readLock().lock(); // related: LOCK_UPGRADE
        String current = settings.get(key);
        if (current != null) {
            rw.readLock().unlock();
            return current;
        }
        rw.writeLock().lock(); // expect: LOCK_UPGRADE
        try {
            settings.put(key, value);
            return value;
        } finally {
            rw.writeLock().unlock();
            rw.readLock().unlock();
        }
    }
}
