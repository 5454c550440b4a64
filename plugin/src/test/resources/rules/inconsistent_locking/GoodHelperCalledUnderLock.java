package com.acme.index;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/** Private helpers touch the map, but every caller holds the lock; forEach runs under it too. */
public class GoodHelperCalledUnderLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Integer> index = new TreeMap<>();

    public void add(String term, int doc) {
        lock.lock();
        try {
            store(term, doc);
        } finally {
            lock.unlock();
        }
    }

    public void dump(StringBuilder out) {
        lock.lock();
        try {
            index.forEach((k, v) -> out.append(k).append(index.get(k)));
        } finally {
            lock.unlock();
        }
    }

    private void store(String term, int doc) {
        index.put(term, doc);
    }
}
