package com.example.jvm;

import java.util.TreeMap;

/**
 * Events by timestamp in a TreeMap. Pruning clears a headMap view: the view's clear removes the
 * entries from the backing TreeMap, a write of it, while another thread looks an event up.
 */
public final class EventTimeline {
    private final TreeMap<Long, String> events = new TreeMap<>();

    public void record(long time, String event) {
        events.put(time, event);
    }

    public void pruneBefore(long cutoff) {
        events.headMap(cutoff).clear(); // race: submap-clear
    }

    public String at(long time) {
        return events.get(time); // race: submap-clear
    }
}
