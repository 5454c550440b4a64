package com.example.jvmok;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checkouts counted in a ConcurrentHashMap, with an audit count in a plain HashMap that is only
 * ever touched inside ConcurrentHashMap.compute for the one key: compute runs the function under
 * the key's bin lock, so the HashMap accesses are ordered one after the other.
 */
public final class CheckoutCounter {
    private static final String KEY = "checkout";

    private final ConcurrentHashMap<String, Integer> totals = new ConcurrentHashMap<>();
    private final Map<String, Integer> audit = new HashMap<>();

    public void checkout() {
        totals.compute(KEY, (k, v) -> {
            audit.merge(k, 1, Integer::sum);
            return v == null ? 1 : v + 1;
        });
    }

    public int total() {
        return totals.getOrDefault(KEY, 0);
    }

    /** The audit count, read inside compute for the key as well. */
    public int audited() {
        int[] seen = new int[1];
        totals.compute(KEY, (k, v) -> {
            seen[0] = audit.getOrDefault(k, 0);
            return v;
        });
        return seen[0];
    }
}
