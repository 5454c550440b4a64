package com.acme.jobs;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The same scheduler, with each task taking the lock the writers take. */
public class GoodSchedulerTasksTakeTheLock {
    private final ScheduledExecutorService scheduler;
    private final Map<String, Long> deadlines = new HashMap<>();

    public GoodSchedulerTasksTakeTheLock(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public synchronized void add(String job, long deadline) {
        deadlines.put(job, deadline);
    }

    public void start() {
        scheduler.scheduleAtFixedRate(() -> {
            synchronized (this) {
                deadlines.values().removeIf(d -> d < System.currentTimeMillis());
            }
        }, 1, 1, TimeUnit.SECONDS);
        scheduler.scheduleAtFixedRate(this::report, 1, 1, TimeUnit.MINUTES);
    }

    private synchronized void report() {
        System.out.println(deadlines.size() + " pending");
    }
}
