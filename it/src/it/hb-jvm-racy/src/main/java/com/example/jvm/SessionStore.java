package com.example.jvm;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Last-seen timestamps per session. Request threads record through a Collections.synchronizedMap
 * wrapper, but the admin page reads the wrapped HashMap directly ("it only reads"): the wrapper's
 * lock orders the writers with each other, never with a reader that does not take it.
 */
public final class SessionStore {
    private final Map<String, Long> lastSeen = new HashMap<>();
    private final Map<String, Long> guarded = Collections.synchronizedMap(lastSeen);

    public void touch(String session, long now) {
        guarded.put(session, now); // race: synchronized-wrapper-vs-raw
    }

    public Long lastSeen(String session) {
        return lastSeen.get(session); // race: synchronized-wrapper-vs-raw
    }
}
