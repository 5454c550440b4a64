package com.acme.index;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** A read/write-locked index whose size() and clear() skip the lock. */
public class BadReadWriteLockForgottenInSize {
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, Integer> index = new TreeMap<>();

    public void add(String term, int doc) {
        rw.writeLock().lock();
        try {
            index.put(term, doc); // related: INCONSISTENT_LOCKING
        } finally {
            rw.writeLock().unlock();
        }
    }

    public Integer find(String term) {
        rw.readLock().lock();
        try {
            return index.get(term);
        } finally {
            rw.readLock().unlock();
        }
    }

    public int size() {
        return index.size(); // expect: INCONSISTENT_LOCKING
    }

    public void reset() {
        index.clear(); // expect: INCONSISTENT_LOCKING
    }
}
