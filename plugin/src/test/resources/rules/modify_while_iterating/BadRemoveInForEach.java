package com.acme.sessions;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Evicting idle sessions by removing from the map the loop is walking. */
public class BadRemoveInForEach {
    private final Map<String, Long> lastSeen = new HashMap<>();
    private final TreeMap<Long, String> byDeadline = new TreeMap<>();

    public void evict(long now, long ttl) {
        for (String id : lastSeen.keySet()) { // related: MODIFY_WHILE_ITERATING
            if (now - lastSeen.get(id) > ttl) {
                lastSeen.remove(id); // expect: MODIFY_WHILE_ITERATING
            }
        }
    }

    public void evictThroughLocalView(long ttl) {
        Set<String> ids = lastSeen.keySet();
        for (String id : ids) { // related: MODIFY_WHILE_ITERATING
            if (lastSeen.get(id) < ttl) lastSeen.remove(id); // expect: MODIFY_WHILE_ITERATING
        }
    }

    public void dropExpired(long now) {
        for (Map.Entry<Long, String> e : this.byDeadline.headMap(now).entrySet()) { // related: MODIFY_WHILE_ITERATING
            switch (e.getValue()) {
                case "pinned":
                    break;
                default:
                    byDeadline.remove(e.getKey()); // expect: MODIFY_WHILE_ITERATING
                    break;
            }
        }
    }

    public void decrementAll() {
        for (String id : lastSeen.keySet()) { // related: MODIFY_WHILE_ITERATING
            lastSeen.computeIfPresent(id, (k, v) -> v > 1 ? v - 1 : null); // expect: MODIFY_WHILE_ITERATING
        }
    }
}
