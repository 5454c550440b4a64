package com.acme.jobs;

import java.util.Hashtable;

public class BadContainsKeyThenRemove {
    private final Hashtable<Long, Runnable> pending = new Hashtable<>();

    public boolean cancel(long id) {
        if (pending.containsKey(id)) { // expect: CHECK_THEN_ACT
            pending.remove(id);
            return true;
        }
        return false;
    }

    public void schedule(long id, Runnable job) {
        Runnable previous = pending.get(id); // expect: CHECK_THEN_ACT
        if (previous == null) {
            pending.putIfAbsent(id, job);
        }
    }
}
