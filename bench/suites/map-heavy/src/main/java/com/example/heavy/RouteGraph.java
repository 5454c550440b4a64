package com.example.heavy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/** A weighted directed graph on HashMaps, with Dijkstra's shortest paths. */
public final class RouteGraph {
    private final Map<String, Map<String, Integer>> edges = new HashMap<>();

    public void connect(String from, String to, int weight) {
        edges.computeIfAbsent(from, k -> new HashMap<>()).merge(to, weight, Math::min);
        edges.computeIfAbsent(to, k -> new HashMap<>());
    }

    public Map<String, Integer> distancesFrom(String source) {
        Map<String, Integer> dist = new HashMap<>();
        Set<String> done = new HashSet<>();
        PriorityQueue<Map.Entry<String, Integer>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
        dist.put(source, 0);
        queue.add(Map.entry(source, 0));
        while (!queue.isEmpty()) {
            Map.Entry<String, Integer> head = queue.poll();
            String node = head.getKey();
            if (!done.add(node)) {
                continue;
            }
            for (Map.Entry<String, Integer> e : edges.getOrDefault(node, Map.of()).entrySet()) {
                int d = head.getValue() + e.getValue();
                Integer old = dist.get(e.getKey());
                if (old == null || d < old) {
                    dist.put(e.getKey(), d);
                    queue.add(Map.entry(e.getKey(), d));
                }
            }
        }
        return dist;
    }

    public List<String> nodes() {
        return new ArrayList<>(edges.keySet());
    }
}
