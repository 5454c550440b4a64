package com.example.jvmok;

import java.util.HashMap;
import java.util.Map;

/** Heartbeats per node (and per pool thread that recorded them) in a plain HashMap. */
public final class HeartbeatMonitor {
    private final Map<String, Integer> beats = new HashMap<>();

    public void beat(String node) {
        beats.merge(node, 1, Integer::sum);
        beats.merge("thread:" + Thread.currentThread().getName(), 1, Integer::sum);
    }

    public int beats(String node) {
        return beats.getOrDefault(node, 0);
    }

    /** The number of distinct threads that recorded a beat. */
    public int threads() {
        int n = 0;
        for (String key : beats.keySet()) {
            if (key.startsWith("thread:")) {
                n++;
            }
        }
        return n;
    }
}
