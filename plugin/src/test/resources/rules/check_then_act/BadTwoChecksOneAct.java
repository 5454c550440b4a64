package com.acme.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Two checks of the same key decide one put: one defect, one finding at the put. */
public class BadTwoChecksOneAct {
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public void register(String key, String name) {
        if (names.get(key) == null && !names.containsKey(key)) { // related: CHECK_THEN_ACT
            names.put(key, name); // expect: CHECK_THEN_ACT
        }
    }
}
