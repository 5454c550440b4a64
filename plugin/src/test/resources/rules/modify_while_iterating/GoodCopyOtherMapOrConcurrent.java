package com.acme.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Iterating a copy, changing another map, or a concurrent map whose iterators are weakly consistent. */
public class GoodCopyOtherMapOrConcurrent {
    private final Map<String, Long> cache = new HashMap<>();
    private final Map<String, Long> archive = new HashMap<>();
    private final Map<String, Long> live = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> pending = new ConcurrentHashMap<>();

    public void purge(long now) {
        for (String key : new ArrayList<>(cache.keySet())) {
            if (cache.get(key) < now) {
                cache.remove(key);
            }
        }
        Map.copyOf(cache).forEach((k, v) -> cache.remove(k));
        for (Map.Entry<String, Long> e : cache.entrySet()) {
            archive.put(e.getKey(), e.getValue());
            archive.remove(e.getKey() + ".old");
        }
    }

    public void purgeLive(long now) {
        for (String key : live.keySet()) {
            if (live.get(key) < now) {
                live.remove(key);
            }
        }
        pending.forEach((k, v) -> pending.remove(k));
    }
}
