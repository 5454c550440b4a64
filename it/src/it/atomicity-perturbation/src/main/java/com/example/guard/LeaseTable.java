package com.example.guard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which worker holds the lease of each job. */
public class LeaseTable {
    private final Map<String, String> leases = new ConcurrentHashMap<>();

    public void grant(String job, String worker) {
        leases.put(job, worker);
    }

    /** Releases the lease if {@code worker} holds it: a lease granted to another worker in between is removed too. */
    public boolean release(String job, String worker) {
        if (worker.equals(leases.get(job))) { // check
            leases.remove(job); // act
            return true;
        }
        return false;
    }

    public String holder(String job) {
        return leases.get(job);
    }
}
