package com.acme.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Copy-on-write through an AtomicReference. */
public class GoodAtomicReferenceSnapshot {
    private final AtomicReference<Map<String, String>> routes = new AtomicReference<>(Map.of());

    public void addRoute(String path, String target) {
        routes.updateAndGet(current -> {
            Map<String, String> next = new HashMap<>(current);
            next.put(path, target);
            return Map.copyOf(next);
        });
    }

    public String route(String path) {
        return routes.get().get(path);
    }
}
