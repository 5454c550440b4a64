package com.example.jvmok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Mechanism: map writes inside update callbacks. A HashMap touched only inside
 * ConcurrentHashMap.compute for one key (the function runs under the key's bin lock), and
 * copy-on-write HashMaps swapped in by AtomicReference.updateAndGet (the function may run more
 * than once; only its returned, never again written, map is published).
 */
class CallbackUpdatesTest {

    @Test
    void plainMapWrittenOnlyInsideComputeForOneKey() throws InterruptedException {
        CheckoutCounter counter = new CheckoutCounter();
        Workers.start("checkout", 4, w -> {
            for (int i = 0; i < 100; i++) {
                counter.checkout();
                if (i % 10 == 0) {
                    assertTrue(counter.audited() <= 400);
                }
            }
        }).join();
        assertEquals(400, counter.total());
        assertEquals(400, counter.audited());
    }

    @Test
    void copyOnWriteMapsSwappedInByUpdateAndGet() throws InterruptedException {
        EndpointDirectory directory = new EndpointDirectory();
        Workers.start("registrar", 3, w -> {
            for (int i = 0; i < 20; i++) {
                directory.register("svc-" + w + "-" + i, 9000 + i);
            }
        }).and("resolver", 2, r -> {
            for (int i = 0; i < 200; i++) {
                Integer port = directory.port("svc-0-" + (i % 20));
                assertTrue(port == null || port == 9000 + i % 20);
            }
        }).join();
        assertEquals(60, directory.size());
        assertEquals(9019, directory.port("svc-2-19"));
    }
}
