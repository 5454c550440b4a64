package com.example.jvm;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Open order quantities by id. Both sides take the lock, but the reporter only builds its stream
 * under it: the pipeline traverses the HashMap when its terminal operation runs, after the block.
 */
public final class OrderBook {
    private final Object lock = new Object();
    private final Map<String, Integer> open = new HashMap<>();

    public void place(String id, int quantity) {
        synchronized (lock) {
            open.put(id, quantity); // race: stream-after-lock
        }
    }

    /** Total open quantity of the large orders. */
    public long largeQuantity() {
        Stream<Integer> quantities;
        synchronized (lock) {
            quantities = open.values().stream();
        }
        return quantities.filter(q -> q >= 100).mapToLong(Integer::longValue).sum(); // race: stream-after-lock
    }
}
