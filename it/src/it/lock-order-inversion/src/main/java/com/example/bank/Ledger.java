package com.example.bank;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Writes under the write lock, then downgrades to the read lock to read back: legal, not an inversion. */
public class Ledger {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, Long> totals = new HashMap<>();

    public long add(String account, long amount) {
        rw.writeLock().lock();
        try {
            totals.merge(account, amount, Long::sum);
            rw.readLock().lock(); // downgrade
        } finally {
            rw.writeLock().unlock();
        }
        try {
            return totals.get(account);
        } finally {
            rw.readLock().unlock();
        }
    }
}
