package com.acme.sessions;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** The same evictions written the safe ways. */
public class GoodIteratorRemoveAndRemoveIf {
    private final Map<String, Long> lastSeen = new HashMap<>();

    public void evict(long now, long ttl) {
        for (Iterator<Map.Entry<String, Long>> it = lastSeen.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Long> e = it.next();
            if (now - e.getValue() > ttl) {
                it.remove();
            }
        }
    }

    public void evictWithRemoveIf(long now, long ttl) {
        lastSeen.entrySet().removeIf(e -> now - e.getValue() > ttl);
        lastSeen.keySet().removeIf(String::isEmpty);
    }

    public void touchAll(long now) {
        for (Map.Entry<String, Long> e : lastSeen.entrySet()) {
            e.setValue(now);
        }
        lastSeen.replaceAll((id, seen) -> Math.max(seen, now));
    }
}
