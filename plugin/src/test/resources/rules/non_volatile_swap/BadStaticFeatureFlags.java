package com.acme.flags;

import java.util.HashMap;
import java.util.Map;

/** Feature flags refreshed by an admin endpoint and read everywhere. */
public final class BadStaticFeatureFlags {
    private static Map<String, Boolean> flags = new HashMap<>(); // expect: NON_VOLATILE_SWAP

    private BadStaticFeatureFlags() {
    }

    public static void refresh(Map<String, Boolean> latest) {
        flags = new HashMap<>(latest); // related: NON_VOLATILE_SWAP
    }

    public static boolean enabled(String flag) {
        return flags.getOrDefault(flag, false);
    }
}
