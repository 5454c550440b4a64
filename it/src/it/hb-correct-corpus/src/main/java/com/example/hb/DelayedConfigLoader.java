package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Loads the effective configuration on a scheduler thread after a short delay: the task reads the
 * defaults (filled before scheduling) and returns a new HashMap read after ScheduledFuture.get.
 */
public final class DelayedConfigLoader {
    private final Map<String, String> defaults = new HashMap<>();

    public DelayedConfigLoader() {
        defaults.put("timeout", "30s");
        defaults.put("retries", "3");
        defaults.put("region", "eu-west-1");
    }

    public Map<String, String> loadAfter(ScheduledExecutorService scheduler, long delayMillis,
                                         String overrideKey, String overrideValue)
            throws InterruptedException, ExecutionException {
        return scheduler.schedule(() -> {
            Map<String, String> effective = new HashMap<>();
            for (Map.Entry<String, String> e : defaults.entrySet()) {
                effective.put(e.getKey(), e.getValue());
            }
            effective.put(overrideKey, overrideValue);
            return effective;
        }, delayMillis, TimeUnit.MILLISECONDS).get();
    }
}
