package com.example.jvm;

import java.util.HashMap;
import java.util.Map;

/**
 * Export formats by name: filled in this class's static initializer, and written again at run time
 * by whoever registers a plugin (without any lock).
 */
public final class Registry {
    public static final Map<String, Integer> SHARED = new HashMap<>();

    static {
        SHARED.put("csv", 1);
        SHARED.put("json", 2);
    }

    private Registry() {
    }
}
