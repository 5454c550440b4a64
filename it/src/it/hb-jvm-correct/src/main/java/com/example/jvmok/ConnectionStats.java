package com.example.jvmok;

import java.util.HashMap;
import java.util.Map;

/** Open connections per host: writers and the full entrySet() walk hold the same lock. */
public final class ConnectionStats {
    private final Object lock = new Object();
    private final Map<String, Integer> openByHost = new HashMap<>();

    public void opened(String host) {
        synchronized (lock) {
            openByHost.put(host, openByHost.getOrDefault(host, 0) + 1);
        }
    }

    public int total() {
        synchronized (lock) {
            int sum = 0;
            for (Map.Entry<String, Integer> e : openByHost.entrySet()) {
                sum += e.getValue();
            }
            return sum;
        }
    }

    public int hosts() {
        synchronized (lock) {
            return openByHost.size();
        }
    }
}
