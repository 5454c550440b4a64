package com.acme.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** The bounded registry with a ReentrantLock: helpers run only with the lock held. */
public class GoodBoundedRegistryWithLock {
    private static final int MAX = 1_000;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Object> entries = new LinkedHashMap<>();

    public void register(String name, Object value) {
        lock.lock();
        try {
            if (isFull()) {
                evict(entries.keySet().iterator().next());
            }
            entries.put(name, value);
        } finally {
            lock.unlock();
        }
    }

    public Object lookup(String name) {
        lock.lock();
        try {
            return entries.get(name);
        } finally {
            lock.unlock();
        }
    }

    public void unregister(String name) {
        lock.lock();
        try {
            evict(name);
        } finally {
            lock.unlock();
        }
    }

    private boolean isFull() {
        return entries.size() >= MAX;
    }

    private void evict(String name) {
        entries.remove(name);
    }
}
