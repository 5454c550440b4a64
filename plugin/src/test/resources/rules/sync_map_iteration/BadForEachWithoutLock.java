package com.acme.sessions;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A registry that trusts the wrapper to lock its loops too. */
public class BadForEachWithoutLock {
    private final Map<String, Session> sessions = Collections.synchronizedMap(new HashMap<>());

    interface Session {
        void ping();
    }

    public void pingAll() {
        for (Session s : sessions.values()) { // expect: SYNC_MAP_ITERATION
            s.ping();
        }
    }

    public int countLongIds() {
        int n = 0;
        Set<String> ids = sessions.keySet(); // related: SYNC_MAP_ITERATION
        for (String id : ids) { // expect: SYNC_MAP_ITERATION
            if (id.length() > 8) n++;
        }
        return n;
    }

    public void dump(StringBuilder out) {
        for (Map.Entry<String, Session> e : this.sessions.entrySet()) { // expect: SYNC_MAP_ITERATION
            out.append(e.getKey()).append('\n');
        }
    }
}
