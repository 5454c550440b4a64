package com.acme.config;

import java.util.HashMap;
import java.util.Map;

/** One shared instance (holder idiom) whose getters create its maps on first use, without a lock. */
public final class BadLazySettingsOfHolderSingleton {
    private Map<String, String> settings;
    private Map<String, String> overrides;

    private BadLazySettingsOfHolderSingleton() {
    }

    public static BadLazySettingsOfHolderSingleton get() {
        return Holder.INSTANCE;
    }

    public Map<String, String> settings() {
        if (settings == null) { // related: LAZY_INIT_RACE
            settings = new HashMap<>(); // expect: LAZY_INIT_RACE
            settings.put("mode", "prod");
        }
        return settings;
    }

    public String override(String key) {
        if (overrides == null) { // related: LAZY_INIT_RACE
            overrides = loadOverrides(); // expect: LAZY_INIT_RACE
        }
        return overrides.get(key);
    }

    private Map<String, String> loadOverrides() {
        Map<String, String> loaded = new HashMap<>();
        loaded.put("mode", "test");
        return loaded;
    }

    private static final class Holder {
        static final BadLazySettingsOfHolderSingleton INSTANCE = new BadLazySettingsOfHolderSingleton();
    }
}
