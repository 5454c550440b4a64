package com.example.hb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Two HashMap buffers swapped through an Exchanger: the sampler fills one while the reporter reads
 * and clears the other; each buffer is touched by one thread between two exchanges.
 */
public final class DoubleBufferedSampler {
    private final Exchanger<Map<String, Integer>> exchanger = new Exchanger<>();

    /** Fills {@code rounds} buffers with {@code samples} entries each; returns the samples taken. */
    public int sample(int rounds, int samples) throws InterruptedException, TimeoutException {
        Map<String, Integer> filling = new HashMap<>();
        int taken = 0;
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < samples; s++) {
                filling.put("r" + r + "-s" + s, s);
                taken++;
            }
            filling = exchanger.exchange(filling, 10, TimeUnit.SECONDS);
        }
        return taken;
    }

    /** Reads and clears {@code rounds} full buffers; returns the sum of their values. */
    public long report(int rounds) throws InterruptedException, TimeoutException {
        Map<String, Integer> empty = new HashMap<>();
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            Map<String, Integer> full = exchanger.exchange(empty, 10, TimeUnit.SECONDS);
            for (int v : full.values()) {
                sum += v;
            }
            full.clear();
            empty = full;
        }
        return sum;
    }
}
