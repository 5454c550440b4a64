package com.acme.config;

import java.util.HashMap;
import java.util.Map;

/** A shared service whose settings are loaded on first use: the null check returns early, the load follows. */
public class BadEarlyReturnSettings implements Runnable {
    private Map<String, String> settings;

    public Map<String, String> settings() {
        if (settings != null) { // related: LAZY_INIT_RACE
            return settings;
        }
        settings = load(); // expect: LAZY_INIT_RACE
        return settings;
    }

    public String setting(String key) {
        Map<String, String> current = settings;
        if (current != null) return current.get(key); // related: LAZY_INIT_RACE
        settings = load(); // expect: LAZY_INIT_RACE
        return settings.get(key);
    }

    @Override
    public void run() {
        System.out.println(settings().size());
    }

    private static Map<String, String> load() {
        Map<String, String> loaded = new HashMap<>();
        loaded.put("mode", "prod");
        return loaded;
    }
}
