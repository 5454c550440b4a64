package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Requests used per client, capped at a limit; the HashMap is guarded by a ReentrantLock. */
public final class RateLimiterTable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Integer> usedByClient = new HashMap<>();
    private final int limit;

    public RateLimiterTable(int limit) {
        this.limit = limit;
    }

    public boolean tryAcquire(String client) {
        lock.lock();
        try {
            int used = usedByClient.getOrDefault(client, 0);
            if (used >= limit) {
                return false;
            }
            usedByClient.put(client, used + 1);
            return true;
        } finally {
            lock.unlock();
        }
    }

    public int used(String client) {
        lock.lock();
        try {
            return usedByClient.getOrDefault(client, 0);
        } finally {
            lock.unlock();
        }
    }
}
