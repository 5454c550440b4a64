package com.example.hb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Word count with fork/join: a leaf counts its slice into its own HashMap, a parent merges the
 * left child's map into its right result after {@code left.join()}.
 */
public final class ParallelWordCount {
    private static final int LEAF = 8;

    public Map<String, Integer> count(ForkJoinPool pool, List<String> words) {
        return pool.invoke(new CountTask(words, 0, words.size()));
    }

    private static final class CountTask extends RecursiveTask<Map<String, Integer>> {
        private static final long serialVersionUID = 1L;
        private final transient List<String> words;
        private final int from;
        private final int to;

        CountTask(List<String> words, int from, int to) {
            this.words = words;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Map<String, Integer> compute() {
            if (to - from <= LEAF) {
                Map<String, Integer> counts = new HashMap<>();
                for (int i = from; i < to; i++) {
                    counts.merge(words.get(i), 1, Integer::sum);
                }
                return counts;
            }
            int mid = (from + to) >>> 1;
            CountTask left = new CountTask(words, from, mid);
            CountTask right = new CountTask(words, mid, to);
            left.fork();
            Map<String, Integer> result = right.compute();
            Map<String, Integer> leftCounts = left.join();
            for (Map.Entry<String, Integer> e : leftCounts.entrySet()) {
                result.merge(e.getKey(), e.getValue(), Integer::sum);
            }
            return result;
        }
    }
}
