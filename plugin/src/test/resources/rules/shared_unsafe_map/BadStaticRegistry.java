package com.acme.plugins;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Plugins register themselves from whatever thread loads them. */
public final class BadStaticRegistry {
    private static final Map<String, Function<String, String>> HANDLERS = new TreeMap<>(); // expect: SHARED_UNSAFE_MAP

    private BadStaticRegistry() {
    }

    public static void register(String name, Function<String, String> handler) {
        HANDLERS.put(name, handler); // related: SHARED_UNSAFE_MAP
    }

    public static Function<String, String> lookup(String name) {
        return HANDLERS.get(name);
    }
}
