package com.example.jvm;

import java.util.HashMap;
import java.util.Map;

/**
 * Feature switches. Request handlers take an immutable copy with Map.copyOf, which is safe to
 * share afterwards; making it reads the live HashMap inside the JDK while an admin flips a switch.
 */
public final class FeatureSwitches {
    private final Map<String, Boolean> switches = new HashMap<>();

    public FeatureSwitches() {
        switches.put("dark-mode", false);
        switches.put("new-checkout", true);
    }

    public void set(String feature, boolean on) {
        switches.put(feature, on); // race: map-copyof
    }

    public Map<String, Boolean> frozen() {
        return Map.copyOf(switches); // race: map-copyof
    }
}
