package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;

/**
 * Latest quote per symbol. A publisher builds the next HashMap under the write lock and swaps the
 * field; readers take an optimistic stamp, read the field, validate, fall back to the read lock when
 * the stamp was invalidated, and only then read the map they got. A published map is never
 * written again, so a validated optimistic read orders the reader after the publisher's puts.
 */
public final class QuoteBoard {
    private final StampedLock sl = new StampedLock();
    private Map<String, Long> quotes = new HashMap<>(); // replaced under the write lock only

    public void publish(String symbol, long priceInCents) {
        long stamp = sl.writeLock();
        try {
            Map<String, Long> next = new HashMap<>(quotes);
            next.put(symbol, priceInCents);
            quotes = next;
        } finally {
            sl.unlockWrite(stamp);
        }
    }

    /** The latest quote, or -1 when none was published for the symbol. */
    public long quote(String symbol) {
        return snapshot().getOrDefault(symbol, -1L);
    }

    public int symbols() {
        return snapshot().size();
    }

    private Map<String, Long> snapshot() {
        long stamp = sl.tryOptimisticRead();
        Map<String, Long> current = quotes;
        if (!sl.validate(stamp)) {
            stamp = sl.readLock();
            try {
                current = quotes;
            } finally {
                sl.unlockRead(stamp);
            }
        }
        return current;
    }
}
