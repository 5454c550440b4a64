package com.acme.units;

import java.util.Map;

/** A racy single check that publishes an immutable map: both threads build equal maps, both are safe. */
public final class GoodImmutableRacySingleCheck {
    private static Map<String, Double> factors;

    private GoodImmutableRacySingleCheck() {
    }

    public static double factor(String unit) {
        if (factors == null) {
            factors = Map.of("km", 1000.0, "m", 1.0);
        }
        return factors.getOrDefault(unit, 1.0);
    }
}
