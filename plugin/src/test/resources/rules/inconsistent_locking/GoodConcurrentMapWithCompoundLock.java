package com.acme.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A ConcurrentHashMap: the lock only makes one compound update atomic; single calls need none. */
public class GoodConcurrentMapWithCompoundLock {
    private final Map<Long, String> owners = new ConcurrentHashMap<>();

    public synchronized void transfer(long from, long to) {
        String owner = owners.remove(from);
        owners.put(to, owner);
    }

    public String owner(long id) {
        return owners.get(id);
    }
}
