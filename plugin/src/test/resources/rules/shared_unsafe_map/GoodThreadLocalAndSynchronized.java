package com.acme.cache;

import java.util.HashMap;
import java.util.Map;

/** Per-thread scratch maps, and a map touched only inside synchronized methods. */
public class GoodThreadLocalAndSynchronized {
    private static final ThreadLocal<Map<String, String>> SCRATCH = ThreadLocal.withInitial(HashMap::new);
    private final Map<String, String> guarded = new HashMap<>();

    public void remember(String k, String v) {
        SCRATCH.get().put(k, v);
        Map<String, String> local = new HashMap<>();
        local.put(k, v);
    }

    public synchronized void put(String k, String v) {
        guarded.put(k, v);
    }

    public synchronized String get(String k) {
        return guarded.get(k);
    }
}
