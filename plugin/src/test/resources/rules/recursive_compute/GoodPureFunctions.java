package com.acme.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Functions that only read, or that update another map; updates after the call returns. */
public class GoodPureFunctions {
    private final Map<String, List<String>> edges = new ConcurrentHashMap<>();
    private final Map<String, Integer> depth = new ConcurrentHashMap<>();
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();

    public void addEdge(String from, String to) {
        edges.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
        edges.computeIfAbsent(to, k -> new ArrayList<>(edges.getOrDefault("template", List.of())));
    }

    public void relax(String node, int d) {
        depth.compute(node, (k, old) -> {
            seen.merge(k, 1, Integer::sum);
            return old == null ? d : Math.min(old, d);
        });
        depth.merge(node, d, Math::min);
    }

    public int size(String node) {
        return depth.computeIfAbsent(node, this::measure);
    }

    private int measure(String node) {
        seen.put(node, 1);
        return edges.getOrDefault(node, List.of()).size();
    }
}
