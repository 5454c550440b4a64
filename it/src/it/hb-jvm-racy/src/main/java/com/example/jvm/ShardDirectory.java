package com.example.jvm;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;

/**
 * Shard per tenant, guarded by the two halves of a read-write lock that the caller hands in (this
 * class never sees them being obtained from their ReentrantReadWriteLock). {@code assign} writes
 * under the READ lock: two assigners hold it at once and both write the HashMap.
 */
public final class ShardDirectory {
    private final Lock readLock;
    private final Lock writeLock;
    private final Map<String, Integer> shardByTenant = new HashMap<>();

    public ShardDirectory(Lock readLock, Lock writeLock) {
        this.readLock = readLock;
        this.writeLock = writeLock;
    }

    public void load(Map<String, Integer> initial) {
        writeLock.lock();
        try {
            shardByTenant.putAll(initial);
        } finally {
            writeLock.unlock();
        }
    }

    /** Wrong: a write under the read lock. */
    public void assign(String tenant, int shard) {
        readLock.lock();
        try {
            shardByTenant.put(tenant, shard); // race: rwlock-halves-from-library (same line)
        } finally {
            readLock.unlock();
        }
    }

    public Integer shardOf(String tenant) {
        readLock.lock();
        try {
            return shardByTenant.get(tenant);
        } finally {
            readLock.unlock();
        }
    }
}
