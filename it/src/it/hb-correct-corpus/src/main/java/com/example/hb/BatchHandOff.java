package com.example.hb;

import java.util.Map;

/**
 * A one-slot hand-off of filled maps guarded by this object's monitor with wait/notifyAll. The
 * producer fills each map before handing it over and the consumer reads it after taking it, both
 * outside the monitor: the monitor (and the re-acquisition inside wait) orders them.
 */
public final class BatchHandOff {
    private Map<String, Integer> pending; // guarded by this

    public void hand(Map<String, Integer> batch) throws InterruptedException {
        synchronized (this) {
            while (pending != null) {
                wait();
            }
            pending = batch;
            notifyAll();
        }
    }

    public Map<String, Integer> take() throws InterruptedException {
        synchronized (this) {
            while (pending == null) {
                wait();
            }
            Map<String, Integer> batch = pending;
            pending = null;
            notifyAll();
            return batch;
        }
    }
}
