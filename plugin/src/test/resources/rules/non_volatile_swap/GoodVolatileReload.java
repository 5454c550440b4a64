package com.acme.config;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The same reload through a volatile field. */
public class GoodVolatileReload {
    private volatile Map<String, String> config = Map.of();

    public GoodVolatileReload(ScheduledExecutorService timer) {
        timer.scheduleWithFixedDelay(this::reload, 0, 30, TimeUnit.SECONDS);
    }

    void reload() {
        this.config = Map.of("reloaded", "true");
    }

    public String get(String key) {
        return config.get(key);
    }
}
