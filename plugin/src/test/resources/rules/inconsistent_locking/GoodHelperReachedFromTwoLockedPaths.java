package com.acme.registry;

import java.util.HashMap;
import java.util.Map;

/**
 * A private helper reached along two paths through private steps (record calls both bumpHits and
 * bumpTotal, which both store), every path starting in a synchronized method: always under the lock.
 */
public class GoodHelperReachedFromTwoLockedPaths {
    private final Map<String, Integer> counts = new HashMap<>();

    public synchronized void add(String key) {
        record(key);
    }

    public synchronized int count(String key) {
        return counts.getOrDefault(key, 0);
    }

    private void record(String key) {
        bumpHits(key);
        bumpTotal();
    }

    private void bumpHits(String key) {
        store(key);
    }

    private void bumpTotal() {
        store("total");
    }

    private void store(String key) {
        counts.merge(key, 1, Integer::sum);
    }
}
