package com.acme.http;

import java.util.HashMap;
import java.util.Map;

/**
 * Lookup tables filled in the static initializer or the constructor and only read afterwards, never
 * handed out: static initialization and final-field semantics publish them, and nothing writes them
 * again, so no reader can race with a writer.
 */
public final class GoodMimeTypeTable {
    private static final Map<String, String> BY_EXTENSION = new HashMap<>();

    static {
        BY_EXTENSION.put("html", "text/html");
        BY_EXTENSION.put("json", "application/json");
        BY_EXTENSION.put("png", "image/png");
    }

    private final Map<String, String> aliases = new HashMap<>();

    public GoodMimeTypeTable() {
        aliases.put("htm", "html");
        aliases.put("jpeg", "jpg");
    }

    public String typeOf(String extension) {
        String canonical = aliases.getOrDefault(extension, extension);
        return BY_EXTENSION.getOrDefault(canonical, "application/octet-stream");
    }
}
