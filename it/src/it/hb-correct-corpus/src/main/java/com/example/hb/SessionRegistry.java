package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/** Open sessions per user; every method that touches the HashMap is {@code synchronized}. */
public final class SessionRegistry {
    private final Map<String, Integer> openByUser = new HashMap<>();

    public synchronized void open(String user) {
        openByUser.merge(user, 1, Integer::sum);
    }

    public synchronized void close(String user) {
        openByUser.computeIfPresent(user, (u, n) -> n == 1 ? null : n - 1);
    }

    public synchronized int sessionsOf(String user) {
        return openByUser.getOrDefault(user, 0);
    }

    public synchronized int usersOnline() {
        return openByUser.size();
    }
}
