package com.example.jvmok;

import java.util.Hashtable;
import java.util.Map;
import java.util.Vector;

/**
 * Batches (HashMaps, filled before they are handed over and only read afterwards) passed between
 * threads through the legacy synchronized collections: a Vector inbox and a Hashtable of slots.
 */
public final class LegacyMailbox {
    private final Vector<Map<String, Integer>> inbox = new Vector<>();
    private final Hashtable<String, Map<String, Integer>> slots = new Hashtable<>();

    public void post(Map<String, Integer> batch) {
        inbox.add(batch);
    }

    /** Spins until the inbox has a batch (null after the timeout). */
    public Map<String, Integer> awaitFirst(long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (inbox.isEmpty()) {
            if (System.nanoTime() > deadline) {
                return null;
            }
            Thread.onSpinWait();
        }
        return inbox.get(0);
    }

    public void publish(String slot, Map<String, Integer> batch) {
        slots.put(slot, batch);
    }

    /** Spins until the slot holds a batch (null after the timeout). */
    public Map<String, Integer> awaitSlot(String slot, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        Map<String, Integer> batch;
        while ((batch = slots.get(slot)) == null) {
            if (System.nanoTime() > deadline) {
                return null;
            }
            Thread.onSpinWait();
        }
        return batch;
    }
}
