package com.acme.metrics;

import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentHashMap;

public class BadRateTracker {
    private final ConcurrentMap<String, Long> requests = new ConcurrentHashMap<>();

    public void record(String ip) {
        long previous = requests.getOrDefault(ip, 0L); // related: NON_ATOMIC_UPDATE
        requests.put(ip, previous + 1); // expect: NON_ATOMIC_UPDATE
    }
}
