package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Program unsafe-publication: a filled HashMap is published through a plain (non-volatile) field;
 * the reader spins on that field and reads the map. Nothing orders the fill before the read.
 */
class UnsafePublicationRaceTest {

    static final class ConfigHolder {
        Map<String, String> config; // not volatile, not final, no lock
    }

    @Test
    void mapPublishedThroughAPlainField() throws InterruptedException {
        ConfigHolder holder = new ConfigHolder();
        String[] mode = new String[1];
        Workers.start("config-loader", 1, t -> {
            Map<String, String> loaded = new HashMap<>();
            loaded.put("mode", "fast"); // race: unsafe-publication
            holder.config = loaded;
        }).and("config-reader", 1, t -> {
            long deadline = System.nanoTime() + 5_000_000_000L;
            Map<String, String> seen;
            while ((seen = holder.config) == null && System.nanoTime() < deadline) {
                Thread.yield();
            }
            if (seen != null) {
                mode[0] = seen.get("mode"); // race: unsafe-publication
            }
        }).join();
        assertTrue(mode[0] == null || mode[0].equals("fast"));
    }
}
