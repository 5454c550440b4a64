package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Builds a user profile in two CompletableFuture stages: supplyAsync creates and fills a HashMap,
 * thenApply adds derived fields to the same map, and the caller reads it after join().
 */
public final class ProfileEnricher {

    public CompletableFuture<Map<String, String>> profile(String userId) {
        return CompletableFuture.supplyAsync(() -> {
            Map<String, String> profile = new HashMap<>();
            profile.put("id", userId);
            profile.put("first", "Ada");
            profile.put("last", "Lovelace-" + userId);
            return profile;
        }).thenApply(profile -> {
            profile.put("display", profile.get("first") + " " + profile.get("last"));
            return profile;
        });
    }
}
