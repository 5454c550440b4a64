package com.acme.jobs;

import java.nio.channels.FileChannel;
import java.util.concurrent.locks.ReentrantLock;

/** A method that only acquires (its caller releases), and lock() calls on things that are not Locks. */
public class GoodLockHandedToCaller {
    private final ReentrantLock lock = new ReentrantLock();

    public void acquire() {
        lock.lock();
    }

    public void release() {
        lock.unlock();
    }

    public void lockFile(FileChannel channel) throws java.io.IOException {
        channel.lock();
        channel.close();
    }
}
