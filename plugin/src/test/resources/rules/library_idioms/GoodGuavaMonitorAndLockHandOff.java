package com.acme.idioms;

import com.google.common.util.concurrent.Monitor;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Correct locking that the rules used to misread: Guava's Monitor, a guarded hand-off, a lock swap. */
public class GoodGuavaMonitorAndLockHandOff {
    private final Monitor monitor = new Monitor();
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantReadWriteLock keyLock = new ReentrantReadWriteLock();
    @com.google.errorprone.annotations.concurrent.GuardedBy("monitor")
    private final Map<String, Long> startupTimers = new IdentityHashMap<>();
    private final Map<String, Long> pool = new java.util.HashMap<>();

    public void tryStartTiming(String service) {
        monitor.enter();
        try {
            Long started = startupTimers.get(service);
            if (started == null) {
                startupTimers.put(service, System.nanoTime());
            }
        } finally {
            monitor.leave();
        }
    }

    public int size() {
        monitor.enter();
        try {
            return startupTimers.size();
        } finally {
            monitor.leave();
        }
    }

    /** Guava Monitor.enterIf: the lock is handed to the caller when the guard holds. */
    public boolean enterIf(boolean guard) {
        final ReentrantLock lock = this.lock;
        lock.lock();

        boolean satisfied = false;
        try {
            return satisfied = guard;
        } finally {
            if (!satisfied) {
                lock.unlock();
            }
        }
    }

    public boolean tryEnterIf(boolean guard) {
        final ReentrantLock lock = this.lock;
        if (!lock.tryLock()) {
            return false;
        }
        boolean satisfied = false;
        try {
            return satisfied = guard;
        } finally {
            if (!satisfied) {
                lock.unlock();
            }
        }
    }

    /** commons-pool2: read lock swapped for the write lock inside the try whose finally releases 'lock'. */
    public void deregister(String k) {
        Lock lock = keyLock.readLock();
        try {
            lock.lock();
            if (pool.get(k) == null) {
                lock.unlock();
                lock = keyLock.writeLock();
                lock.lock();
                pool.remove(k);
            }
        } finally {
            lock.unlock();
        }
    }
}
