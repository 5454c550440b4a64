package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/**
 * Settings published with a volatile flag: the loader fills the HashMap and then sets
 * {@code ready}; readers spin until they see {@code ready} and only then read the map.
 */
public final class SettingsPublisher {
    private final Map<String, String> settings = new HashMap<>();
    private volatile boolean ready;

    public void load() {
        settings.put("theme", "dark");
        settings.put("locale", "de_DE");
        settings.put("pageSize", "50");
        ready = true;
    }

    public String awaitSetting(String key, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        while (!ready) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("settings never published");
            }
            Thread.onSpinWait();
        }
        return settings.get(key);
    }
}
