package com.example.guard;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Sessions by user, opened on first request. */
public class SessionStore {
    private final Map<String, StringBuilder> sessions = Collections.synchronizedMap(new HashMap<>());

    /** Each call is atomic, the pair is not: two first requests of a user open two sessions. */
    public StringBuilder open(String user) {
        if (!sessions.containsKey(user)) { // check
            sessions.put(user, new StringBuilder(user)); // act
        }
        return sessions.get(user);
    }
}
