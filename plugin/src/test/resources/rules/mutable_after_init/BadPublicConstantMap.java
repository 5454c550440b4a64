package com.acme.limits;

import java.util.LinkedHashMap;
import java.util.Map;

/** A "constant" that any class can change. */
public final class BadPublicConstantMap {
    public static final Map<String, Integer> LIMITS = new LinkedHashMap<>(); // expect: MUTABLE_AFTER_INIT

    static {
        LIMITS.put("free", 10); // related: MUTABLE_AFTER_INIT
        LIMITS.put("pro", 1000);
    }

    private BadPublicConstantMap() {
    }
}
