package com.acme.util;

import java.util.HashMap;
import java.util.Map;

/** A builder: one thread fills it, then builds. No sign of threads anywhere. */
public class GoodUnsharedBuilder {
    private final Map<String, String> headers = new HashMap<>();

    public GoodUnsharedBuilder header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> build() {
        return Map.copyOf(headers);
    }
}
