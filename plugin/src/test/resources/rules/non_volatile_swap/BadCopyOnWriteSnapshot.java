package com.acme.routing;

import java.util.HashMap;
import java.util.Map;

/** Copy-on-write routing table: readers use the snapshot without a lock, but the field is plain. */
public class BadCopyOnWriteSnapshot {
    private Map<String, String> routes = Map.of(); // expect: NON_VOLATILE_SWAP

    public void addRoute(String path, String target) {
        Map<String, String> next = new HashMap<>(routes);
        next.put(path, target);
        routes = Map.copyOf(next); // related: NON_VOLATILE_SWAP
    }

    public String route(String path) {
        return routes.get(path);
    }
}
