package com.example.jvmok;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RecursiveTask;

/**
 * Word counts by fork/join. Every task counts into its own HashMap, created by its parent; the
 * parent reads its children's maps after quietlyJoin and merges them into its own.
 */
public final class WordCountTask extends RecursiveTask<Map<String, Integer>> {
    private static final long serialVersionUID = 1L;
    private static final int THRESHOLD = 8;

    private final List<String> words;
    private final Map<String, Integer> counts;

    public WordCountTask(List<String> words, Map<String, Integer> counts) {
        this.words = words;
        this.counts = counts;
    }

    @Override
    protected Map<String, Integer> compute() {
        if (words.size() <= THRESHOLD) {
            for (String w : words) {
                counts.merge(w, 1, Integer::sum);
            }
            return counts;
        }
        int mid = words.size() / 2;
        WordCountTask left = new WordCountTask(words.subList(0, mid), new HashMap<>());
        WordCountTask right = new WordCountTask(words.subList(mid, words.size()), new HashMap<>());
        left.fork();
        right.fork();
        right.quietlyJoin();
        left.quietlyJoin();
        left.counts.forEach((w, n) -> counts.merge(w, n, Integer::sum));
        right.counts.forEach((w, n) -> counts.merge(w, n, Integer::sum));
        return counts;
    }
}
