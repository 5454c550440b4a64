package com.acme.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Functions that update the same map directly while it computes. */
public class BadNestedUpdateInFunction {
    private final ConcurrentMap<String, List<String>> edges = new ConcurrentHashMap<>();
    private final Map<String, Integer> depth = new ConcurrentHashMap<>();

    public void addEdge(String from, String to) {
        edges.computeIfAbsent(from, k -> { // expect: RECURSIVE_COMPUTE
            edges.putIfAbsent(to, new ArrayList<>()); // related: RECURSIVE_COMPUTE
            return new ArrayList<>();
        }).add(to);
    }

    public void relax(String node, String parent) {
        depth.compute(node, (k, old) -> { // expect: RECURSIVE_COMPUTE
            int d = depth.merge(parent, 0, Math::max) + 1; // related: RECURSIVE_COMPUTE
            return old == null ? d : Math.min(old, d);
        });
    }

    public void rename(String from, String to) {
        depth.merge(to, 0, (a, b) -> depth.remove(from)); // expect: RECURSIVE_COMPUTE related: RECURSIVE_COMPUTE
    }
}
