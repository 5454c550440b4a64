package com.example.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Mechanism: Object.wait / notifyAll hand-off (maps filled and read outside the monitor). */
class BatchHandOffTest {

    @Test
    void mapsHandedOverWithWaitAndNotifyAll() throws InterruptedException {
        BatchHandOff handOff = new BatchHandOff();
        AtomicLong sum = new AtomicLong();
        Workers.start("consumer", 1, c -> {
            for (int b = 0; b < 40; b++) {
                Map<String, Integer> batch = handOff.take();
                for (int v : batch.values()) {
                    sum.addAndGet(v);
                }
            }
        }).and("producer", 2, p -> {
            for (int b = 0; b < 20; b++) {
                Map<String, Integer> batch = new HashMap<>();
                for (int i = 1; i <= 10; i++) {
                    batch.put("p" + p + "-b" + b + "-" + i, i);
                }
                handOff.hand(batch);
            }
        }).join();
        assertEquals(40L * 55, sum.get());
    }
}
