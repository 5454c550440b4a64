package com.acme.web;

import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentHashMap;

public class BadGetNullThenPut {
    private final ConcurrentMap<String, Session> sessions;

    public BadGetNullThenPut() {
        this.sessions = new ConcurrentHashMap<>();
    }

    public Session open(String id) {
        if (this.sessions.get(id) == null) // related: CHECK_THEN_ACT
            this.sessions.put(id, new Session(id)); // expect: CHECK_THEN_ACT
        return sessions.get(id);
    }

    public static final class Session {
        Session(String id) {
        }
    }
}
