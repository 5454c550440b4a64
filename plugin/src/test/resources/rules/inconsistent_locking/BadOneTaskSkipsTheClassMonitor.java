package com.acme.timer;

import java.util.HashMap;
import java.util.Map;

/**
 * Static synchronized methods and synchronized (BadOneTaskSkipsTheClassMonitor.class) take one
 * monitor, the class object: the reaper is guarded. Only the runner's remove is not.
 */
public final class BadOneTaskSkipsTheClassMonitor {
    private static final Map<String, Runnable> TASKS = new HashMap<>();

    static synchronized void schedule(String name, Runnable task) {
        TASKS.put(name, task); // related: INCONSISTENT_LOCKING
    }

    static synchronized int size() {
        return TASKS.size();
    }

    private static final class Reaper implements Runnable {
        @Override
        public void run() {
            synchronized (BadOneTaskSkipsTheClassMonitor.class) {
                TASKS.values().removeIf(task -> task == null);
                if (TASKS.isEmpty()) {
                    System.out.println("idle");
                }
            }
        }
    }

    private static final class Runner implements Runnable {
        private final String name;

        Runner(String name) {
            this.name = name;
        }

        @Override
        public void run() {
            TASKS.remove(name); // expect: INCONSISTENT_LOCKING
        }
    }
}
