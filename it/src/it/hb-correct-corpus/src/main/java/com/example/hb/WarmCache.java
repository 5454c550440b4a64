package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** A cache warmed by one thread and published with AtomicBoolean.set(true); readers spin on get(). */
public final class WarmCache {
    private final Map<Integer, String> nameById = new HashMap<>();
    private final AtomicBoolean warm = new AtomicBoolean();

    public void warmUp(int entries) {
        for (int i = 0; i < entries; i++) {
            nameById.put(i, "customer-" + i);
        }
        warm.set(true);
    }

    public String name(int id, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        while (!warm.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cache never warmed");
            }
            Thread.onSpinWait();
        }
        return nameById.get(id);
    }
}
