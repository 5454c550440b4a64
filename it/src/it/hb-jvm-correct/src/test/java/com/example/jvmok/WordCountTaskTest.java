package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Mechanism: fork/join completion. Per-task HashMaps read by the parent after quietlyJoin (inside
 * WordCountTask), by the test after ForkJoinPool.invoke, after commonPool().submit + get, and after
 * ForkJoinTask.invokeAll through getRawResult.
 */
class WordCountTaskTest {

    private static List<String> words(int copies) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            words.add("map");
            words.add("race");
            words.add("lock");
            words.add("map");
        }
        return words;
    }

    @Test
    void childMapsReadAfterQuietlyJoinInADedicatedPool() {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            Map<String, Integer> counts = pool.invoke(new WordCountTask(words(25), new HashMap<>()));
            assertEquals(50, counts.get("map"));
            assertEquals(25, counts.get("race"));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void resultReadAfterCommonPoolSubmitAndGet() throws Exception {
        WordCountTask task = new WordCountTask(words(16), new HashMap<>());
        ForkJoinPool.commonPool().submit(task);
        Map<String, Integer> counts = task.get(10, TimeUnit.SECONDS);
        assertEquals(32, counts.get("map"));
        assertEquals(16, counts.get("lock"));
    }

    @Test
    void rawResultsReadAfterInvokeAll() {
        Map<String, Integer> left = new HashMap<>();
        Map<String, Integer> right = new HashMap<>();
        WordCountTask t1 = new WordCountTask(words(10), left);
        WordCountTask t2 = new WordCountTask(words(6), right);
        ForkJoinTask.invokeAll(t1, t2);
        assertEquals(20, t1.getRawResult().get("map"));
        assertEquals(6, t2.getRawResult().get("race"));
        assertEquals(3, left.size());
        assertEquals(3, right.size());
    }
}
