package com.example.jvmok;

import java.util.HashMap;
import java.util.Map;

/** Configuration changes staged by one thread and applied (drained) by another, in a plain HashMap. */
public final class PendingChanges {
    private final Map<String, String> staged = new HashMap<>();

    public void stage(String key, String value) {
        staged.put(key, value);
    }

    /** Returns the staged changes and forgets them. */
    public Map<String, String> drain() {
        Map<String, String> copy = new HashMap<>(staged);
        staged.clear();
        return copy;
    }

    public int pending() {
        return staged.size();
    }
}
