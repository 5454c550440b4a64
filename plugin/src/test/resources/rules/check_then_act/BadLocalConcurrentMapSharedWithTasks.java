package com.acme.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/** The same local map, but the tasks that fill it run on a pool: the map is shared after all. */
public class BadLocalConcurrentMapSharedWithTasks {
    private final ExecutorService pool;

    public BadLocalConcurrentMapSharedWithTasks(ExecutorService pool) {
        this.pool = pool;
    }

    public Map<String, Integer> firstSeen(List<String> words) {
        Map<String, Integer> firstSeen = new ConcurrentHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            int position = i;
            pool.submit(() -> {
                String word = words.get(position);
                if (!firstSeen.containsKey(word)) { // related: CHECK_THEN_ACT
                    firstSeen.put(word, position); // expect: CHECK_THEN_ACT
                }
            });
        }
        return firstSeen;
    }
}
