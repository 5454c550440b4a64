package com.acme.jobs;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Deadlines are added under the lock; both tasks the scheduler runs later touch the map without it. */
public class BadSchedulerTasksSkipTheLock {
    private final ScheduledExecutorService scheduler;
    private final Map<String, Long> deadlines = new HashMap<>();

    public BadSchedulerTasksSkipTheLock(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public synchronized void add(String job, long deadline) {
        deadlines.put(job, deadline); // related: INCONSISTENT_LOCKING
    }

    public void start() {
        scheduler.scheduleAtFixedRate(() -> deadlines.values().removeIf(d -> d < System.currentTimeMillis()), // expect: INCONSISTENT_LOCKING
                1, 1, TimeUnit.SECONDS);
        scheduler.scheduleAtFixedRate(() -> System.out.println(deadlines.size() + " pending"), // expect: INCONSISTENT_LOCKING
                1, 1, TimeUnit.MINUTES);
    }
}
