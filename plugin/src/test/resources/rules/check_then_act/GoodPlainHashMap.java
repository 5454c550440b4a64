package com.acme.web;

import java.util.HashMap;
import java.util.Map;

/** Same shape on a plain HashMap: not this rule's business (SHARED_UNSAFE_MAP covers sharing). */
public class GoodPlainHashMap {
    private final Map<String, Session> sessions;

    public GoodPlainHashMap() {
        this.sessions = new HashMap<>();
    }

    public Session open(String id) {
        if (this.sessions.get(id) == null)
            this.sessions.put(id, new Session(id));
        return sessions.get(id);
    }

    public static final class Session {
        Session(String id) {
        }
    }
}
