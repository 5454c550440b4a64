package com.acme.config;

import java.util.HashMap;
import java.util.Map;

/** The same early-return lazy load, made safe: a synchronized method, and a volatile double check. */
public class GoodEarlyReturnUnderLock implements Runnable {
    private Map<String, String> settings;
    private volatile Map<String, String> overrides;

    public synchronized Map<String, String> settings() {
        if (settings != null) {
            return settings;
        }
        settings = load();
        return settings;
    }

    public Map<String, String> overrides() {
        Map<String, String> current = overrides;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (overrides == null) {
                overrides = load();
            }
            return overrides;
        }
    }

    @Override
    public void run() {
        System.out.println(settings().size() + overrides().size());
    }

    private static Map<String, String> load() {
        Map<String, String> loaded = new HashMap<>();
        loaded.put("mode", "prod");
        return loaded;
    }
}
