package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Mechanism: ForkJoinPool + RecursiveTask fork/join (per-subtask HashMaps merged after join). */
class ParallelWordCountTest {

    @Test
    void subtaskMapsMergedAfterJoin() {
        List<String> words = new ArrayList<>();
        String[] vocabulary = {"alpha", "beta", "gamma", "delta", "epsilon"};
        for (int i = 0; i < 500; i++) {
            words.add(vocabulary[i % vocabulary.length]);
        }
        ForkJoinPool pool = new ForkJoinPool(4);
        try {
            Map<String, Integer> counts = new ParallelWordCount().count(pool, words);
            assertEquals(5, counts.size());
            assertEquals(100, counts.get("gamma"));
            counts.put("total", words.size());
        } finally {
            pool.shutdown();
        }
    }
}
