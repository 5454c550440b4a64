package com.acme.config;

import java.util.HashMap;
import java.util.Map;

/** Double-checked locking written with an early return, on a field that is not volatile. */
public class BadEarlyReturnDoubleCheck {
    private Map<String, String> overrides;

    public Map<String, String> overrides() {
        if (overrides != null) { // related: LAZY_INIT_RACE
            return overrides;
        }
        synchronized (this) {
            if (overrides == null) { // related: LAZY_INIT_RACE
                overrides = new HashMap<>(); // expect: LAZY_INIT_RACE
            }
            return overrides;
        }
    }
}
