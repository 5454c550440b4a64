package com.acme.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The halves kept in fields are still one lock. */
public class BadUpgradeThroughFields {
    private final Map<String, Integer> ids = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Lock readLock = lock.readLock();
    private final Lock writeLock;

    public BadUpgradeThroughFields() {
        writeLock = lock.writeLock();
    }

    public int idFor(String name) throws InterruptedException {
        readLock.lock(); // related: LOCK_UPGRADE
        try {
            Integer id = ids.get(name);
            if (id != null) {
                return id;
            }
            writeLock.lockInterruptibly(); // expect: LOCK_UPGRADE
            try {
                return ids.computeIfAbsent(name, n -> ids.size());
            } finally {
                writeLock.unlock();
            }
        } finally {
            readLock.unlock();
        }
    }

    public void renameAll() {
        lock.readLock().lock(); // related: LOCK_UPGRADE
        if (ids.isEmpty()) {
            lock.readLock().unlock();
            return;
        }
        writeLock.lock(); // expect: LOCK_UPGRADE
        try {
            ids.clear();
        } finally {
            writeLock.unlock();
            lock.readLock().unlock();
        }
    }
}
