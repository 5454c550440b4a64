package com.acme.routing;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Streams, iterators and copies walk the views with no lock held. */
public class BadStreamsCopiesAndIterators {
    private final Map<String, Integer> routes;
    private final SortedMap<Long, String> schedule = Collections.synchronizedSortedMap(new TreeMap<>());

    public BadStreamsCopiesAndIterators() {
        routes = Collections.synchronizedMap(new HashMap<>());
    }

    public List<String> busy() {
        return routes.entrySet().stream() // expect: SYNC_MAP_ITERATION
                .filter(e -> e.getValue() > 10)
                .map(Map.Entry::getKey)
                .toList();
    }

    public Set<String> snapshotNames() {
        return new HashSet<>(routes.keySet()); // expect: SYNC_MAP_ITERATION
    }

    public Map<String, Integer> snapshot() {
        return new HashMap<>(routes); // expect: SYNC_MAP_ITERATION
    }

    public String firstDue(long now) {
        Iterator<Long> it = schedule.keySet().iterator(); // expect: SYNC_MAP_ITERATION
        return it.hasNext() && it.next() <= now ? "due" : "none";
    }

    public String names() {
        return String.join(",", routes.keySet()); // expect: SYNC_MAP_ITERATION
    }
}
