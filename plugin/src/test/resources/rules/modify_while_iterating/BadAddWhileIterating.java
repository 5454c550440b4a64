package com.acme.metrics;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Deriving new keys from the entries being iterated. */
public class BadAddWhileIterating {
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> shared = Collections.synchronizedMap(new HashMap<>());

    public void addTotals() {
        for (Map.Entry<String, Integer> e : counts.entrySet()) { // related: MODIFY_WHILE_ITERATING
            counts.put(e.getKey() + ".total", e.getValue()); // expect: MODIFY_WHILE_ITERATING
        }
    }

    public void rollUp() {
        for (String name : counts.keySet()) { // related: MODIFY_WHILE_ITERATING
            String parent = name.substring(0, name.lastIndexOf('.'));
            counts.merge(parent, counts.get(name), Integer::sum); // expect: MODIFY_WHILE_ITERATING
        }
    }

    public void importAll(Map<String, Integer> other) {
        synchronized (shared) {
            for (Integer value : shared.values()) { // related: MODIFY_WHILE_ITERATING
                if (value == 0) {
                    shared.putAll(other); // expect: MODIFY_WHILE_ITERATING
                }
            }
        }
    }

    public void reset() {
        for (String name : counts.keySet()) { // related: MODIFY_WHILE_ITERATING
            if (name.isEmpty()) counts.clear(); // expect: MODIFY_WHILE_ITERATING
        }
    }
}
