package com.acme.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class GoodCounters {
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private final Map<String, Integer> local = new HashMap<>();

    public void hit(String page) {
        hits.merge(page, 1, Integer::sum);
    }

    public synchronized void hitUnderLock(String page) {
        hits.put(page, hits.getOrDefault(page, 0) + 1);
    }

    public void hitPlain(String page) {
        local.put(page, local.getOrDefault(page, 0) + 1);
    }

    public void copy(String from, String to) {
        hits.put(to, hits.getOrDefault(from, 0) + 1);
    }
}
