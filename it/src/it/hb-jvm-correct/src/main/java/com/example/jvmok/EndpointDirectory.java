package com.example.jvmok;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ports by service, copy-on-write: every registration copies the current HashMap, adds to the
 * copy and swaps it in with AtomicReference.updateAndGet; a published map is never written again.
 */
public final class EndpointDirectory {
    private final AtomicReference<Map<String, Integer>> ports = new AtomicReference<>(new HashMap<>());

    public void register(String service, int port) {
        ports.updateAndGet(old -> {
            Map<String, Integer> next = new HashMap<>(old);
            next.put(service, port);
            return next;
        });
    }

    public Integer port(String service) {
        return ports.get().get(service);
    }

    public int size() {
        return ports.get().size();
    }
}
