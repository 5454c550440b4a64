package com.example.guard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Page hits, counted by every request thread. */
public class HitCounter {
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    /** A read and a write: hits of other threads in between are lost. */
    public void hit(String page) {
        Integer seen = hits.get(page); // check
        hits.put(page, seen == null ? 1 : seen + 1); // act
    }

    public int hits(String page) {
        return hits.getOrDefault(page, 0);
    }
}
