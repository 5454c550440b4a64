package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/** Rendered thumbnails cached with computeIfAbsent on a plain HashMap: not atomic, not safe. */
public final class ThumbnailCache {
    private final Map<String, String> thumbnails = new HashMap<>();

    public String thumbnail(String image) {
        return thumbnails.computeIfAbsent(image, ThumbnailCache::render); // race: compute-if-absent (same line)
    }

    private static String render(String image) {
        return "thumb(" + image + ")";
    }

    public int cached() {
        return thumbnails.size();
    }
}
