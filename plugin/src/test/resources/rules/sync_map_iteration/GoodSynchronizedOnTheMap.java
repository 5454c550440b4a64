package com.acme.sessions;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The same traversals, each holding the map's own lock. */
public class GoodSynchronizedOnTheMap {
    private final Map<String, Session> sessions = Collections.synchronizedMap(new HashMap<>());

    interface Session {
        void ping();
    }

    public void pingAll() {
        synchronized (sessions) {
            for (Session s : sessions.values()) {
                s.ping();
            }
        }
    }

    public List<String> ids() {
        synchronized (this.sessions) {
            return sessions.keySet().stream().sorted().collect(Collectors.toList());
        }
    }

    public Map<String, Session> snapshot() {
        synchronized (sessions) {
            return new HashMap<>(sessions);
        }
    }
}
