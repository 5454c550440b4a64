package com.acme.config;

import java.util.HashMap;
import java.util.Map;

/** The same singleton with its maps built before the instance is published. */
public final class GoodEagerSettingsOfHolderSingleton {
    private final Map<String, String> settings = new HashMap<>();
    private volatile Map<String, String> overrides;

    private GoodEagerSettingsOfHolderSingleton() {
        settings.put("mode", "prod");
    }

    public static GoodEagerSettingsOfHolderSingleton get() {
        return Holder.INSTANCE;
    }

    public String setting(String key) {
        return settings.get(key);
    }

    public String override(String key) {
        Map<String, String> current = overrides;
        if (current == null) {
            synchronized (this) {
                current = overrides;
                if (current == null) {
                    overrides = current = loadOverrides();
                }
            }
        }
        return current.get(key);
    }

    private Map<String, String> loadOverrides() {
        return Map.of("mode", "test");
    }

    private static final class Holder {
        static final GoodEagerSettingsOfHolderSingleton INSTANCE = new GoodEagerSettingsOfHolderSingleton();
    }
}
