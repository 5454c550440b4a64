package com.example.prices;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Prices read under the read lock; a miss is filled in under the write lock. */
public class PriceTable {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    // aliased halves, as code often keeps them
    private final Lock reading = rw.readLock();
    private final Lock writing = rw.writeLock();
    private final Map<String, Long> cents = new HashMap<>();

    /** The bug: asks for the write lock while still holding the read lock. */
    public long priceOf(String sku) {
        reading.lock(); // the read lock the upgrade holds
        try {
            Long known = cents.get(sku);
            if (known != null) {
                return known;
            }
            writing.lock(); // upgrade: waits forever
            try {
                cents.put(sku, 100L);
                return 100L;
            } finally {
                writing.unlock();
            }
        } finally {
            reading.unlock();
        }
    }

    /** The fix: release the read lock, take the write lock, check again; then downgrade. */
    public long fixedPriceOf(String sku) {
        reading.lock();
        try {
            Long known = cents.get(sku);
            if (known != null) {
                return known;
            }
        } finally {
            reading.unlock();
        }
        writing.lock();
        try {
            cents.putIfAbsent(sku, 100L);
            reading.lock(); // downgrade before releasing the write lock: legal
        } finally {
            writing.unlock();
        }
        try {
            return cents.get(sku);
        } finally {
            reading.unlock();
        }
    }
}
