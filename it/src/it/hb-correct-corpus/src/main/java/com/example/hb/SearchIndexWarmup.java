package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/** A term index warmed by a background thread; callers wait until the thread is no longer alive. */
public final class SearchIndexWarmup {
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    /** Starts the warm-up thread; the index may be read once that thread has terminated. */
    public Thread startWarmup(String... documents) {
        Thread warmup = new Thread(() -> {
            for (String doc : documents) {
                for (String term : doc.split(" ")) {
                    documentFrequency.merge(term, 1, Integer::sum);
                }
            }
        }, "index-warmup");
        warmup.start();
        return warmup;
    }

    public int frequency(String term) {
        return documentFrequency.getOrDefault(term, 0);
    }
}
