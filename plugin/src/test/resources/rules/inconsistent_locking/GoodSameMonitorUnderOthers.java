package com.acme.sessions;

import java.util.HashMap;
import java.util.Map;

/** One method also takes this' monitor, but inside the map's own lock: still guarded by it. */
public class GoodSameMonitorUnderOthers {
    private final Object lock = new Object();
    private final Map<String, String> sessions = new HashMap<>();

    public void open(String id, String user) {
        synchronized (lock) {
            sessions.put(id, user);
        }
    }

    public String user(String id) {
        synchronized (this.lock) {
            return sessions.get(id);
        }
    }

    public int count() {
        synchronized (lock) {
            synchronized (this) {
                return sessions.size();
            }
        }
    }
}
