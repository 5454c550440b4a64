package com.example.guard;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts failures of one service. */
public class CircuitBreaker {
    private final String service;
    private final AtomicInteger failures = new AtomicInteger();

    public CircuitBreaker(String service) {
        this.service = service;
    }

    public void recordFailure() {
        failures.incrementAndGet();
    }

    public int failures() {
        return failures.get();
    }

    public String service() {
        return service;
    }
}
