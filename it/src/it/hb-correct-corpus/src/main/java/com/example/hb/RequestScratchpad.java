package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/** Per-thread scratch attributes in a ThreadLocal HashMap: each thread only sees its own map. */
public final class RequestScratchpad {
    private final ThreadLocal<Map<String, Integer>> scratch = ThreadLocal.withInitial(HashMap::new);

    public void note(String key) {
        scratch.get().merge(key, 1, Integer::sum);
    }

    public int count(String key) {
        return scratch.get().getOrDefault(key, 0);
    }

    public void reset() {
        scratch.get().clear();
    }
}
