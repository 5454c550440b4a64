package com.acme.jobs;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** tryLock branches that release the lock only when nothing goes wrong. */
public class BadTryLockBranch {
    private final Map<Long, Runnable> jobs = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    public boolean submit(long id, Runnable job) {
        if (lock.tryLock()) { // expect: UNLOCK_NOT_IN_FINALLY
            jobs.put(id, job);
            lock.unlock();
            return true;
        }
        return false;
    }

    public boolean cancel(long id) throws InterruptedException {
        if (!lock.tryLock(1, TimeUnit.SECONDS)) { // expect: UNLOCK_NOT_IN_FINALLY
            return false;
        }
        Runnable removed = jobs.remove(id);
        lock.unlock();
        return removed != null;
    }
}
