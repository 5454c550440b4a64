package com.example.jvmok;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;

/**
 * The current routing table, published through a VarHandle: the loader builds a HashMap and
 * publishes it with setRelease, routers read it with getAcquire and never write it.
 */
public final class RouteTable {
    private static final VarHandle CURRENT;

    static {
        try {
            CURRENT = MethodHandles.lookup().findVarHandle(RouteTable.class, "current", Map.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Map<String, Integer> current; // accessed through CURRENT only

    public void publish(Map<String, Integer> routes) {
        CURRENT.setRelease(this, routes);
    }

    /** Spins until a table is published (or the timeout passes: null). */
    @SuppressWarnings("unchecked")
    public Map<String, Integer> awaitRoutes(long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        Map<String, Integer> seen;
        while ((seen = (Map<String, Integer>) CURRENT.getAcquire(this)) == null && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return seen;
    }
}
