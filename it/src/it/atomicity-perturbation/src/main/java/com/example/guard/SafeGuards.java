package com.example.guard;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The same four jobs done atomically: nothing here may be reported. */
public class SafeGuards {
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<String, String> leases = new ConcurrentHashMap<>();
    private final Map<String, StringBuilder> sessions = Collections.synchronizedMap(new HashMap<>());
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    public CircuitBreaker breaker(String service) {
        return breakers.computeIfAbsent(service, CircuitBreaker::new);
    }

    public void grant(String job, String worker) {
        leases.put(job, worker);
    }

    public boolean release(String job, String worker) {
        return leases.remove(job, worker);
    }

    public StringBuilder open(String user) {
        synchronized (sessions) { // the wrapper's own lock makes the pair atomic
            if (!sessions.containsKey(user)) {
                sessions.put(user, new StringBuilder(user));
            }
            return sessions.get(user);
        }
    }

    public void hit(String page) {
        hits.merge(page, 1, Integer::sum);
    }

    public int hits(String page) {
        return hits.getOrDefault(page, 0);
    }
}
