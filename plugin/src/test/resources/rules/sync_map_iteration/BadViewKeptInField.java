package com.acme.stats;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** The values view is kept in a field; iterating it later still iterates the synchronized map. */
public class BadViewKeptInField {
    private final Map<String, Integer> syncMap = Collections.synchronizedMap(new HashMap<>());
    private final Collection<Integer> vals;

    public BadViewKeptInField() {
        this.vals = syncMap.values(); // related: SYNC_MAP_ITERATION
    }

    public void record(String key, int value) {
        syncMap.put(key, value);
    }

    public int total() {
        int sum = 0;
        for (int v : vals) { // expect: SYNC_MAP_ITERATION
            sum += v;
        }
        return sum;
    }

    public long positives() {
        return vals.stream().filter(v -> v > 0).count(); // expect: SYNC_MAP_ITERATION
    }
}
