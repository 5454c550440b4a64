package com.example.hb;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Events per actor in a Collections.synchronizedMap: all access goes through the wrapper, and the
 * iteration over its entry set holds the wrapper's monitor, as its Javadoc requires.
 */
public final class AuditTrail {
    private final Map<String, Integer> eventsByActor = Collections.synchronizedMap(new HashMap<>());

    public void record(String actor) {
        eventsByActor.merge(actor, 1, Integer::sum);
    }

    public int events(String actor) {
        return eventsByActor.getOrDefault(actor, 0);
    }

    public int total() {
        int sum = 0;
        synchronized (eventsByActor) {
            for (Map.Entry<String, Integer> e : eventsByActor.entrySet()) {
                sum += e.getValue();
            }
        }
        return sum;
    }
}
