package com.example.heavy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Test helpers: run the same job on several pool threads and wait for all of them. */
final class Work {
    /** Multiplies every loop count; -Dsuite.scale=20 doubles the default work. */
    static final int SCALE = Integer.getInteger("suite.scale", 10);

    private Work() {
    }

    static <T> List<T> onAll(ExecutorService pool, int tasks, java.util.function.IntFunction<Callable<T>> job)
            throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            futures.add(pool.submit(job.apply(t)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }
}
