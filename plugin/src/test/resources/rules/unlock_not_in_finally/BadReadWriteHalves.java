package com.acme.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The halves of a read-write lock, and a try whose finally releases another lock. */
public class BadReadWriteHalves {
    private final Map<String, Integer> ids = new HashMap<>();
    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();
    private final ReentrantReadWriteLock.WriteLock writeLock = rwl.writeLock();

    public Integer get(String name) {
        rwl.readLock().lock(); // expect: UNLOCK_NOT_IN_FINALLY
        Integer id = ids.get(name);
        rwl.readLock().unlock(); // related: UNLOCK_NOT_IN_FINALLY
        return id;
    }

    public void register(String name) {
        writeLock.lock(); // expect: UNLOCK_NOT_IN_FINALLY
        try {
            ids.put(name, ids.size());
        } finally {
            rwl.readLock().unlock();
        }
        writeLock.unlock(); // related: UNLOCK_NOT_IN_FINALLY
    }

    public void rename(String from, String to) {
        try {
            Integer id = ids.get(from);
            rwl.writeLock().lock(); // expect: UNLOCK_NOT_IN_FINALLY
            ids.remove(from);
            ids.put(to, id);
        } finally { // related: UNLOCK_NOT_IN_FINALLY
            rwl.writeLock().unlock();
        }
    }
}
