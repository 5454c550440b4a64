package com.acme.units;

import java.util.Map;
import java.util.TreeMap;

/** A static lookup table created on first call. */
public final class BadStaticLazyRegistry {
    private static Map<String, Double> factors;

    private BadStaticLazyRegistry() {
    }

    public static double factor(String unit) {
        if (factors == null) // related: LAZY_INIT_RACE
            factors = load(); // expect: LAZY_INIT_RACE
        return factors.getOrDefault(unit, 1.0);
    }

    private static Map<String, Double> load() {
        Map<String, Double> m = new TreeMap<>();
        m.put("km", 1000.0);
        return m;
    }
}
