package com.acme.idioms;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * commons-pool2 EvictionTimer: every access holds the class lock except the task that runs on the
 * executor's thread. The private helper remove(x) is only called under the lock; executor.remove(this)
 * has the same name and arity but is another object's method and must not count as its caller.
 */
public class BadRemoveFromOtherThreadWithHelperUnderLock {
    private static final Map<String, Runnable> TASK_MAP = new HashMap<>();
    private static ScheduledThreadPoolExecutor executor;

    static synchronized void schedule(String key, Runnable task) {
        TASK_MAP.put(key, task); // related: INCONSISTENT_LOCKING
    }

    static synchronized void cancel(String key) {
        remove(key);
    }

    private static void remove(String key) {
        TASK_MAP.remove(key);
    }

    static final class Runner implements Runnable {
        private final String key;

        Runner(String key) {
            this.key = key;
        }

        @Override
        public void run() {
            executor.remove(this);
            TASK_MAP.remove(key); // expect: INCONSISTENT_LOCKING
        }
    }
}
