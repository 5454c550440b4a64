package com.example.jvm;

import java.util.HashMap;
import java.util.Map;

/**
 * Rate limits, with two volatile readiness flags on the same object: {@code a} ("limits loaded"),
 * written by the loader after its put, and {@code b} ("cache warmed"), which nobody here writes.
 * A reader that checks {@code b} synchronizes with nobody: volatile edges go from a write of a
 * field to a read of that same field.
 */
public final class LimitsBoard {
    public static final int DEFAULT_LIMIT = 100;

    private final Map<String, Integer> limits = new HashMap<>();
    public volatile int a;
    public volatile int b;

    public void load(String key, int limit) {
        limits.put(key, limit); // race: volatile-other-field
        a = 1;
    }

    /** Reads flag b (not a), then the limit; an unknown key gets the default until the cache is warm. */
    public int limit(String key) {
        int warmed = b;
        Integer limit = limits.get(key); // race: volatile-other-field
        return limit != null ? limit : (warmed == 1 ? 0 : DEFAULT_LIMIT);
    }
}
