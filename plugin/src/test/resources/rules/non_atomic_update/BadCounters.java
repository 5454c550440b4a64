package com.acme.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class BadCounters {
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private final Map<String, Long> bytes = new ConcurrentHashMap<>();

    public void hit(String page) {
        hits.put(page, hits.getOrDefault(page, 0) + 1); // expect: NON_ATOMIC_UPDATE related: NON_ATOMIC_UPDATE
    }

    public void add(String page, long n) {
        Long old = bytes.get(page); // related: NON_ATOMIC_UPDATE
        bytes.put(page, (old == null ? 0L : old) + n); // expect: NON_ATOMIC_UPDATE
    }
}
