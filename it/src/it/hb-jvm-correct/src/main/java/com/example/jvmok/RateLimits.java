package com.example.jvmok;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * The current rate limits, published through an AtomicReferenceFieldUpdater: each version is a
 * HashMap built before it is published (lazySet or set) and never written afterwards.
 */
public final class RateLimits {
    @SuppressWarnings("rawtypes")
    private static final AtomicReferenceFieldUpdater<RateLimits, Map> LIMITS =
            AtomicReferenceFieldUpdater.newUpdater(RateLimits.class, Map.class, "limits");

    private volatile Map<String, Integer> limits; // accessed through LIMITS only

    public void publishLazily(Map<String, Integer> next) {
        LIMITS.lazySet(this, next);
    }

    public void publish(Map<String, Integer> next) {
        LIMITS.set(this, next);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Integer> current() {
        return LIMITS.get(this);
    }
}
