package com.acme.config;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A timer thread reloads the configuration; request threads read it through a plain field. */
public class BadScheduledConfigReload {
    private Map<String, String> config = Map.of(); // expect: NON_VOLATILE_SWAP

    public BadScheduledConfigReload(ScheduledExecutorService timer) {
        timer.scheduleWithFixedDelay(this::reload, 0, 30, TimeUnit.SECONDS);
    }

    void reload() {
        this.config = ConfigFiles.read("app.properties"); // related: NON_VOLATILE_SWAP
    }

    public String get(String key) {
        return config.get(key);
    }

    static final class ConfigFiles {
        static Map<String, String> read(String name) {
            return Map.of("name", name);
        }
    }
}
