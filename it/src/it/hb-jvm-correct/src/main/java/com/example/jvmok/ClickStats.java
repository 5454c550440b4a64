package com.example.jvmok;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Click counts per button in a Collections.synchronizedMap: every call goes through the wrapper,
 * and the sum iterates inside synchronized (wrapper), as its Javadoc requires.
 */
public final class ClickStats {
    private final Map<String, Integer> clicks = Collections.synchronizedMap(new HashMap<>());

    public void record(String button, int count) {
        clicks.put(button, count);
    }

    public Integer count(String button) {
        return clicks.get(button);
    }

    public int total() {
        int sum = 0;
        synchronized (clicks) {
            for (int c : clicks.values()) {
                sum += c;
            }
        }
        return sum;
    }
}
