package com.example.jvm;

import java.util.HashMap;
import java.util.Map;

/**
 * Hits per endpoint, logged as text. The string concatenation turns the map into text with its
 * toString, which iterates the HashMap inside the JDK while a request thread writes it.
 */
public final class RequestCounters {
    private final Map<String, Integer> hits = new HashMap<>();

    public RequestCounters() {
        hits.put("/login", 3);
        hits.put("/cart", 7);
    }

    public void record(String endpoint, int count) {
        hits.put(endpoint, count); // race: tostring-concat
    }

    public String logLine() {
        String s = "now " + hits; // race: tostring-concat
        return s;
    }
}
