package com.example.heavy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** An inverted index: word to document ids, built in parallel chunks and merged under a lock. */
public final class WordIndex {
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final Object lock = new Object();

    public void build(List<String> documents, ExecutorService pool, int chunks) throws Exception {
        List<Future<Map<String, List<Integer>>>> parts = new ArrayList<>();
        int step = (documents.size() + chunks - 1) / chunks;
        for (int c = 0; c < chunks; c++) {
            int from = c * step;
            int to = Math.min(documents.size(), from + step);
            parts.add(pool.submit(() -> indexChunk(documents, from, to)));
        }
        for (Future<Map<String, List<Integer>>> f : parts) {
            Map<String, List<Integer>> part = f.get();
            synchronized (lock) {
                for (Map.Entry<String, List<Integer>> e : part.entrySet()) {
                    postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
                }
            }
        }
    }

    private static Map<String, List<Integer>> indexChunk(List<String> documents, int from, int to) {
        Map<String, List<Integer>> local = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int id = from; id < to; id++) {
            seen.clear();
            for (String word : documents.get(id).split(" ")) {
                if (seen.put(word, id) == null) {
                    local.computeIfAbsent(word, k -> new ArrayList<>()).add(id);
                }
            }
        }
        return local;
    }

    public List<Integer> lookup(String word) {
        synchronized (lock) {
            return postings.getOrDefault(word, List.of());
        }
    }

    public int words() {
        synchronized (lock) {
            return postings.size();
        }
    }
}
