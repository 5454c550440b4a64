package com.acme.registry;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Holding some lock, but not the one the wrapper's writers take. */
public class BadWrongLock {
    private final Map<String, Integer> ids = Collections.synchronizedMap(new HashMap<>());
    private final Object guard = new Object();
    private final ReentrantLock lock = new ReentrantLock();

    public synchronized int total() {
        int sum = 0;
        for (int id : ids.values()) { // expect: SYNC_MAP_ITERATION
            sum += id;
        }
        return sum;
    }

    public int max() {
        synchronized (guard) {
            return ids.values().stream().mapToInt(Integer::intValue).max().orElse(0); // expect: SYNC_MAP_ITERATION
        }
    }

    public void print() {
        lock.lock();
        try {
            for (String name : ids.keySet()) { // expect: SYNC_MAP_ITERATION
                System.out.println(name);
            }
        } finally {
            lock.unlock();
        }
    }
}
