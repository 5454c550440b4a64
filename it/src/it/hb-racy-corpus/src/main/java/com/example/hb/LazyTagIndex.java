package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/** Tag counts in a lazily created HashMap: no lock, no volatile, so two taggers race on the map. */
public final class LazyTagIndex {
    private Map<String, Integer> tags;

    public void tag(String name) {
        if (tags == null) {
            tags = new HashMap<>();
        }
        tags.merge(name, 1, Integer::sum); // race: lazy-init (same line)
    }

    /** Whether the map was created yet (a plain read: no happens-before edge). */
    public boolean started() {
        return tags != null;
    }

    public int distinctTags() {
        return tags == null ? 0 : tags.size();
    }
}
