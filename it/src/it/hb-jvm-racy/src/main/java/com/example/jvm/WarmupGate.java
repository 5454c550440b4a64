package com.example.jvm;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A gate (a CountDownLatch of one) in front of warmed-up values. When the warmer counts down, the
 * gate is already open: a countDown on a latch at zero changes nothing and releases nothing, so a
 * reader passing await() is not ordered after the warmer's put.
 */
public final class WarmupGate {
    private final CountDownLatch opened = new CountDownLatch(1);
    private final Map<String, Integer> warmed = new HashMap<>();

    public void open() {
        opened.countDown();
    }

    public void warm(String key, int value) {
        warmed.put(key, value); // race: latch-already-open
        opened.countDown();
    }

    public Integer awaitAndGet(String key) throws InterruptedException {
        opened.await();
        return warmed.get(key); // race: latch-already-open
    }
}
