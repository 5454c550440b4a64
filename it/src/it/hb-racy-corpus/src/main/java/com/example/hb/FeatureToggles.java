package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Toggle rules in a plain HashMap, with their revisions in a ConcurrentHashMap. The updater
 * changes the rules and bumps the "rules" revision; the evaluator checks the "schema" revision and
 * reads the rules. A ConcurrentHashMap orders an update of a key only before retrievals of that
 * same key: reading "schema" does not make the evaluator see the updater's rules.
 */
public final class FeatureToggles {
    private final Map<String, Boolean> rules = new HashMap<>();
    private final ConcurrentHashMap<String, Integer> revisions = new ConcurrentHashMap<>(Map.of("schema", 1));

    public void enable(String feature) {
        rules.put(feature, true); // race: concurrent-map-other-key
        revisions.merge("rules", 1, Integer::sum);
    }

    public boolean isEnabled(String feature) {
        if (revisions.get("schema") == null) {
            throw new IllegalStateException("no schema");
        }
        return rules.getOrDefault(feature, false); // race: concurrent-map-other-key
    }
}
