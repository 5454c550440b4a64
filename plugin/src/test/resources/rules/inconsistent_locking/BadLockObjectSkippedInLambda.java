package com.acme.jobs;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Jobs are registered under a lock, but the scheduled cleanup lambda forgets it. */
public class BadLockObjectSkippedInLambda {
    private final Object lock = new Object();
    private final Map<Long, Runnable> jobs = new HashMap<>();

    public BadLockObjectSkippedInLambda(ScheduledExecutorService timer) {
        timer.scheduleAtFixedRate(() -> jobs.clear(), 1, 1, TimeUnit.HOURS); // expect: INCONSISTENT_LOCKING
    }

    public void register(long id, Runnable job) {
        synchronized (lock) {
            jobs.put(id, job); // related: INCONSISTENT_LOCKING
        }
    }
}
