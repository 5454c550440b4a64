package com.acme.metrics;

import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentHashMap;

public class GoodRateTracker {
    private final ConcurrentMap<String, Long> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> daily = new ConcurrentHashMap<>();

    public void record(String ip) {
        requests.merge(ip, 1L, Long::sum);
    }

    public void rollOver(String ip) {
        daily.put(ip, requests.getOrDefault(ip, 0L));
    }
}
