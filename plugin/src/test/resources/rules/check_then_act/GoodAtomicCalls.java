package com.acme.jobs;

import java.util.Hashtable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/** The same operations as single atomic calls, or under a lock the author holds. */
public class GoodAtomicCalls {
    private final Hashtable<Long, Runnable> pending = new Hashtable<>();
    private final ConcurrentMap<Long, Integer> counts = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    public boolean cancel(long id) {
        return pending.remove(id) != null;
    }

    public void schedule(long id, Runnable job) {
        pending.putIfAbsent(id, job);
    }

    public void count(long id) {
        counts.merge(id, 1, Integer::sum);
    }

    public synchronized void resetUnderMonitor(long id) {
        if (counts.containsKey(id)) {
            counts.put(id, 0);
        }
    }

    public void resetUnderLock(long id) {
        lock.lock();
        try {
            if (counts.get(id) != null) {
                counts.remove(id);
            }
        } finally {
            lock.unlock();
        }
    }

    public void otherMap(long id, ConcurrentMap<Long, Integer> other) {
        if (!counts.containsKey(id)) {
            other.put(id, 1);
        }
    }
}
