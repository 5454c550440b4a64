package com.acme.config;

import java.util.HashMap;
import java.util.Map;

/** The writer copies and swaps under the lock; the reader reads the plain field without it. */
public class BadSnapshotReaderWithoutLock {
    private Map<String, String> settings = Map.of();

    public synchronized void set(String key, String value) {
        Map<String, String> next = new HashMap<>(settings); // related: INCONSISTENT_LOCKING
        next.put(key, value);
        settings = Map.copyOf(next);
    }

    public String get(String key) {
        return settings.get(key); // expect: INCONSISTENT_LOCKING
    }
}
