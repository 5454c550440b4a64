package com.acme.sessions;

import java.util.HashMap;
import java.util.Map;

/** Every method locks 'lock', but count() was written with synchronized (this): another monitor. */
public class BadOneMethodLocksAnotherMonitor {
    private final Object lock = new Object();
    private final Map<String, String> sessions = new HashMap<>();

    public void open(String id, String user) {
        synchronized (lock) {
            sessions.put(id, user); // related: INCONSISTENT_LOCKING
        }
    }

    public void close(String id) {
        synchronized (lock) {
            sessions.remove(id);
        }
    }

    public String user(String id) {
        synchronized (lock) {
            return sessions.get(id);
        }
    }

    public int count() {
        synchronized (this) {
            return sessions.size(); // expect: INCONSISTENT_LOCKING
        }
    }
}
