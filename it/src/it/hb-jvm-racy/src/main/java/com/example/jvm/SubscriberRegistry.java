package com.example.jvm;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Subscribers by name. Both sides take the lock, but the notifier only creates its iterator under
 * it and walks the iterator after leaving the block: each next() reads the HashMap with no lock.
 */
public final class SubscriberRegistry {
    private final Object lock = new Object();
    private final Map<String, Integer> subscribers = new HashMap<>();

    public void subscribe(String name) {
        synchronized (lock) {
            subscribers.put(name, name.length()); // race: iterator-after-lock
        }
    }

    /** Notifies every subscriber; returns how many were notified. */
    public int notifySubscribers() {
        Iterator<String> it;
        synchronized (lock) {
            it = subscribers.keySet().iterator();
        }
        int notified = 0;
        while (it.hasNext()) {
            String name = it.next(); // race: iterator-after-lock
            notified += name.isEmpty() ? 0 : 1;
        }
        return notified;
    }
}
