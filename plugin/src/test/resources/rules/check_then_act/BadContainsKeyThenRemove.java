package com.acme.jobs;

import java.util.Hashtable;

public class BadContainsKeyThenRemove {
    private final Hashtable<Long, Runnable> pending = new Hashtable<>();

    public boolean cancel(long id) {
        if (pending.containsKey(id)) { // related: CHECK_THEN_ACT
            pending.remove(id); // expect: CHECK_THEN_ACT
            return true;
        }
        return false;
    }

    public void schedule(long id, Runnable job) {
        Runnable previous = pending.get(id); // related: CHECK_THEN_ACT
        if (previous == null) {
            pending.putIfAbsent(id, job); // expect: CHECK_THEN_ACT
        }
    }
}
