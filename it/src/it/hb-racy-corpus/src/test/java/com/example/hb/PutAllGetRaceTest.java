package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program putall-vs-get: a bulk putAll into a shared HashMap while another thread gets. */
class PutAllGetRaceTest {

    @Test
    void putAllRacesWithGet() throws InterruptedException {
        Map<String, String> translations = new HashMap<>();
        String[] seen = new String[1];
        Workers.start("bundle-loader", 1, t -> {
            Map<String, String> bundle = new HashMap<>(); // confined to this thread
            for (int i = 0; i < 30; i++) {
                bundle.put("key." + i, "Wert " + i);
            }
            translations.putAll(bundle); // race: putall-vs-get
        }).and("ui-thread", 1, t -> {
            Thread.sleep(3);
            seen[0] = translations.get("key.7"); // race: putall-vs-get
        }).join();
        assertTrue(seen[0] == null || seen[0].equals("Wert 7"));
    }
}
