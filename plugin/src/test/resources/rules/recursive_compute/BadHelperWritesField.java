package com.acme.config;

import java.util.HashMap;
import java.util.Map;

/** The function calls a helper of the same class that writes the same field. */
public class BadHelperWritesField {
    private final Map<String, String> resolved = new HashMap<>();
    private final Map<String, String> raw = new HashMap<>();

    public String resolve(String key) {
        return resolved.computeIfAbsent(key, k -> expand(raw.get(k))); // expect: RECURSIVE_COMPUTE related: RECURSIVE_COMPUTE
    }

    private String expand(String value) {
        if (value != null && value.startsWith("${")) {
            String ref = value.substring(2, value.length() - 1);
            String target = raw.get(ref);
            resolved.put(ref, target); // related: RECURSIVE_COMPUTE
            return target;
        }
        return value;
    }

    public String resolveAlias(String key) {
        return this.resolved.computeIfPresent(key, this::aliasOf); // expect: RECURSIVE_COMPUTE
    }

    private String aliasOf(String key, String value) {
        resolved.remove(value); // related: RECURSIVE_COMPUTE
        return key;
    }
}
