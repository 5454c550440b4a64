package com.example.heavy;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** User sessions in a HashMap behind a read-write lock. */
public final class SessionStore {
    public record Session(String user, long expiresAt, Map<String, String> attributes) {
    }

    private final Map<String, Session> sessions = new HashMap<>();
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();

    public void open(String id, String user, long expiresAt) {
        Map<String, String> attrs = new HashMap<>();
        attrs.put("user", user);
        attrs.put("locale", "en");
        rw.writeLock().lock();
        try {
            sessions.put(id, new Session(user, expiresAt, attrs));
        } finally {
            rw.writeLock().unlock();
        }
    }

    public String attribute(String id, String name) {
        rw.readLock().lock();
        try {
            Session s = sessions.get(id);
            return s == null ? null : s.attributes().get(name);
        } finally {
            rw.readLock().unlock();
        }
    }

    public int expire(long now) {
        rw.writeLock().lock();
        try {
            int before = sessions.size();
            sessions.values().removeIf(s -> s.expiresAt() < now);
            return before - sessions.size();
        } finally {
            rw.writeLock().unlock();
        }
    }

    public int size() {
        rw.readLock().lock();
        try {
            return sessions.size();
        } finally {
            rw.readLock().unlock();
        }
    }
}
