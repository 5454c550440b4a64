package com.acme.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** The unlock is skipped whenever the work in between throws. */
public class BadUnlockAfterWork {
    private final Map<String, Object> cache = new HashMap<>();
    private final Lock lock = new ReentrantLock();

    public void put(String key, Object value) {
        lock.lock(); // expect: UNLOCK_NOT_IN_FINALLY
        cache.put(key, value);
        lock.unlock(); // related: UNLOCK_NOT_IN_FINALLY
    }

    public Object load(String key) throws InterruptedException {
        lock.lockInterruptibly(); // expect: UNLOCK_NOT_IN_FINALLY
        try {
            return cache.computeIfAbsent(key, k -> new Object());
        } catch (RuntimeException e) {
            lock.unlock(); // related: UNLOCK_NOT_IN_FINALLY
            throw e;
        }
    }

    public void clear() {
        lock.lock(); // expect: UNLOCK_NOT_IN_FINALLY
        int before = cache.size();
        try {
            cache.clear();
        } finally {
            lock.unlock(); // related: UNLOCK_NOT_IN_FINALLY
        }
        System.out.println(before);
    }
}
