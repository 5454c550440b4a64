package com.acme.cache;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** forEach callbacks and explicit iterators that still change the map behind the iterator's back. */
public class BadCallbackAndIterator {
    private final Map<String, Entry> cache = new HashMap<>();

    record Entry(long expiresAt) {
        boolean expired(long now) {
            return expiresAt < now;
        }
    }

    public void purge(long now) {
        cache.forEach((key, entry) -> { // related: MODIFY_WHILE_ITERATING
            if (entry.expired(now)) {
                cache.remove(key); // expect: MODIFY_WHILE_ITERATING
            }
        });
    }

    public void purgeWithStream(long now) {
        cache.entrySet().stream()
                .filter(e -> e.getValue().expired(now))
                .forEach(e -> cache.remove(e.getKey())); // expect: MODIFY_WHILE_ITERATING related: MODIFY_WHILE_ITERATING
    }

    public void purgeWithIterator(long now) {
        Iterator<Map.Entry<String, Entry>> it = cache.entrySet().iterator();
        while (it.hasNext()) { // related: MODIFY_WHILE_ITERATING
            Map.Entry<String, Entry> e = it.next();
            if (e.getValue().expired(now)) {
                cache.remove(e.getKey()); // expect: MODIFY_WHILE_ITERATING
            }
        }
    }

    public void purgeKeysWhileWalkingValues(long now) {
        for (Iterator<Entry> values = cache.values().iterator(); values.hasNext(); ) { // related: MODIFY_WHILE_ITERATING
            Entry entry = values.next();
            if (entry.expired(now)) {
                cache.keySet().remove("stale"); // expect: MODIFY_WHILE_ITERATING
            }
        }
    }
}
