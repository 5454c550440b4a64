package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Mechanism: CompletableFuture.supplyAsync(...).thenApply(...).join(). */
class ProfileEnricherTest {

    @Test
    void stagesAndJoinOrderTheProfileMap() {
        ProfileEnricher enricher = new ProfileEnricher();
        List<CompletableFuture<Map<String, String>>> profiles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            profiles.add(enricher.profile("u" + i));
        }
        for (int i = 0; i < profiles.size(); i++) {
            Map<String, String> profile = profiles.get(i).join();
            assertEquals("Ada Lovelace-u" + i, profile.get("display"));
            profile.put("seen", "true");
            assertEquals(5, profile.size());
        }
    }
}
