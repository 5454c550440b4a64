package com.acme.registry;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A registry with a bound: every access holds the monitor, the eviction helper included. */
public class GoodBoundedRegistry {
    private static final int MAX = 1_000;
    private final Map<String, Object> entries = new LinkedHashMap<>();

    public GoodBoundedRegistry(Map<String, Object> initial) {
        for (Map.Entry<String, Object> entry : initial.entrySet()) {
            putBounded(entry.getKey(), entry.getValue());
        }
    }

    public synchronized void register(String name, Object value) {
        putBounded(name, value);
    }

    public Object lookup(String name) {
        synchronized (this) {
            return entries.get(name);
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    private void putBounded(String name, Object value) {
        if (entries.size() >= MAX) {
            evictOldest();
        }
        entries.put(name, value);
    }

    private void evictOldest() {
        Iterator<String> oldest = entries.keySet().iterator();
        oldest.next();
        oldest.remove();
    }
}
