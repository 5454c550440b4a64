package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Copy-on-write routing table: the updater builds a new HashMap and publishes it with
 * AtomicReference.set; readers get() the current map and only read it. A published map is never
 * written again.
 */
public final class RoutingTable {
    private final AtomicReference<Map<String, String>> routes = new AtomicReference<>(new HashMap<>());

    /** Single updater thread: copy, change, publish. */
    public void route(String prefix, String backend) {
        Map<String, String> next = new HashMap<>();
        for (Map.Entry<String, String> e : routes.get().entrySet()) {
            next.put(e.getKey(), e.getValue());
        }
        next.put(prefix, backend);
        routes.set(next);
    }

    public String backendFor(String prefix) {
        return routes.get().getOrDefault(prefix, "default");
    }

    public int size() {
        return routes.get().size();
    }
}
