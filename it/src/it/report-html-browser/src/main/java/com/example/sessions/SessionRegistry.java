package com.example.sessions;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Keeps one session per user id. */
public class SessionRegistry {

    private final ConcurrentMap<String, String> sessions = new ConcurrentHashMap<>();

    /**
     * Returns the user's session, opening one on a miss. The check and the act are two calls, so
     * two threads can both open a session for the same user: a static CHECK_THEN_ACT finding.
     *
     * @param user the user id
     * @return the session id
     */
    public String sessionFor(String user) {
        if (!sessions.containsKey(user)) { // related: CHECK_THEN_ACT (the check)
            sessions.put(user, "session-" + user); // expect: CHECK_THEN_ACT
        }
        return sessions.get(user);
    }
}
