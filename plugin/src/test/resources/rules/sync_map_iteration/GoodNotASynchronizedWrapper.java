package com.acme.registry;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Concurrent and thread-confined maps need no lock to iterate. */
public class GoodNotASynchronizedWrapper {
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final Map<String, Integer> plain = new HashMap<>();

    public int total() {
        int sum = 0;
        for (int id : ids.values()) {
            sum += id;
        }
        for (int id : plain.values()) {
            sum += id;
        }
        return sum;
    }

    public int localOnly(Iterable<String> names) {
        Map<String, Integer> seen = Collections.synchronizedMap(new HashMap<>());
        for (String name : names) {
            seen.merge(name, 1, Integer::sum);
        }
        int max = 0;
        for (int count : seen.values()) {
            max = Math.max(max, count);
        }
        return max;
    }
}
