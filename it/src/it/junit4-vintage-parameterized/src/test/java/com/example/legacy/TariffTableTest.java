package com.example.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parameterized Jupiter tests whose threads share a map under one lock: no race. */
class TariffTableTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void fillsTheTableFromWorkers(int workers) throws Exception {
        Map<Integer, Integer> table = new HashMap<>();
        Object lock = new Object();
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int id = w;
            threads[w] = new Thread(() -> {
                synchronized (lock) {
                    table.put(id, id * 10);
                }
            });
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(workers, table.size());
    }
}
