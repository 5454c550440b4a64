package com.acme.registry;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** synchronized (this) does not exclude other users of the wrapper, who lock the map itself. */
public class BadSynchronizedMapWrongLock {
    private final Map<String, Integer> ids = Collections.synchronizedMap(new HashMap<>());

    public synchronized void register(String name) {
        if (!ids.containsKey(name)) { // related: CHECK_THEN_ACT
            ids.put(name, ids.size()); // expect: CHECK_THEN_ACT
        }
    }
}
