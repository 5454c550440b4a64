package com.acme.jobs;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** tryLock branches and two locks taken in a row, all released in finally blocks. */
public class GoodTryLockAndTwoLocks {
    private final Map<Long, Runnable> jobs = new HashMap<>();
    private final Map<Long, Runnable> done = new HashMap<>();
    private final ReentrantLock jobsLock = new ReentrantLock();
    private final ReentrantLock doneLock = new ReentrantLock();

    public boolean submit(long id, Runnable job) {
        if (jobsLock.tryLock()) {
            try {
                jobs.put(id, job);
                return true;
            } finally {
                jobsLock.unlock();
            }
        }
        return false;
    }

    public boolean cancel(long id) throws InterruptedException {
        if (!jobsLock.tryLock(1, TimeUnit.SECONDS)) {
            return false;
        }
        try {
            return jobs.remove(id) != null;
        } finally {
            jobsLock.unlock();
        }
    }

    public void finish(long id) {
        jobsLock.lock();
        doneLock.lock();
        try {
            done.put(id, jobs.remove(id));
        } finally {
            doneLock.unlock();
            jobsLock.unlock();
        }
    }
}
