package com.example.jvm;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Starts named platform threads and joins them; a failure inside a thread fails the test. Only
 * Thread.start and Thread.join order anything here, and no map is touched.
 */
final class Workers {

    /** The body of worker number {@code index}. */
    interface Body {
        void run(int index) throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

    static Workers start(String name, int count, Body body) {
        return new Workers().and(name, count, body);
    }

    /** Starts {@code count} more threads named {@code name-0}, {@code name-1}, ... */
    Workers and(String name, int count, Body body) {
        for (int i = 0; i < count; i++) {
            int index = i;
            Thread t = new Thread(() -> {
                try {
                    body.run(index);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, name + "-" + i);
            threads.add(t);
            t.start();
        }
        return this;
    }

    void join() throws InterruptedException {
        for (Thread t : threads) {
            t.join(10_000);
            if (t.isAlive()) {
                throw new AssertionError(t.getName() + " did not finish");
            }
        }
        Throwable first = failures.peek();
        if (first != null) {
            throw new AssertionError("a worker failed: " + first, first);
        }
    }
}
