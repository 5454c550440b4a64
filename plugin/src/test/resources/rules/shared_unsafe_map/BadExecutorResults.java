package com.acme.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Fans work out to a pool and collects the answers in a HashMap from the worker threads. */
public class BadExecutorResults {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Map<Long, String> results = new HashMap<>(); // expect: SHARED_UNSAFE_MAP

    public void runAll(List<Long> ids) {
        for (Long id : ids) {
            pool.submit(() -> results.put(id, compute(id))); // related: SHARED_UNSAFE_MAP
        }
    }

    public String result(long id) {
        return results.get(id);
    }

    private String compute(long id) {
        return Long.toHexString(id);
    }
}
