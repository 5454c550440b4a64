package com.acme.flags;

import java.util.HashMap;
import java.util.Map;

/** Writer and readers take the same monitor. */
public final class GoodSwapUnderLock {
    private static Map<String, Boolean> flags = new HashMap<>();

    private GoodSwapUnderLock() {
    }

    public static synchronized void refresh(Map<String, Boolean> latest) {
        flags = new HashMap<>(latest);
    }

    public static synchronized boolean enabled(String flag) {
        return flags.getOrDefault(flag, false);
    }
}
