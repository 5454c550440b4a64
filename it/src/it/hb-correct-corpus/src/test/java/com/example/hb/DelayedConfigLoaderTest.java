package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Mechanism: ScheduledExecutorService.schedule + ScheduledFuture.get. */
class DelayedConfigLoaderTest {

    @Test
    void configReadAfterScheduledGet() throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        try {
            DelayedConfigLoader loader = new DelayedConfigLoader();
            Map<String, String> first = loader.loadAfter(scheduler, 5, "retries", "5");
            Map<String, String> second = loader.loadAfter(scheduler, 1, "region", "us-east-1");
            assertEquals("5", first.get("retries"));
            assertEquals("30s", first.get("timeout"));
            assertEquals("us-east-1", second.get("region"));
            first.put("loaded", "yes");
            assertEquals(4, first.size());
        } finally {
            scheduler.shutdownNow();
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
