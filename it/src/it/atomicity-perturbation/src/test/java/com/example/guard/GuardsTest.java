package com.example.guard;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Each racy class is used the way a service uses it: a few threads at once, no latch that forces
 * the bad interleaving. Whether the check-then-act gets interleaved is luck, except when the
 * audit perturbs the run. The assertions hold whatever the interleaving (they are not what finds
 * the bug).
 */
class GuardsTest {

    private static void together(Runnable first, Runnable second) throws InterruptedException {
        Thread a = new Thread(first, "caller-A");
        Thread b = new Thread(second, "caller-B");
        a.start();
        b.start();
        a.join();
        b.join();
    }

    @Test
    void twoFirstCallersOfAService() throws Exception {
        BreakerRegistry registry = new BreakerRegistry();
        together(() -> registry.breaker("payments").recordFailure(),
                () -> registry.breaker("payments").recordFailure());
        assertTrue(registry.breaker("payments").failures() >= 1);
    }

    @Test
    void releaseWhileTheLeaseIsGrantedAgain() throws Exception {
        LeaseTable leases = new LeaseTable();
        leases.grant("job-1", "worker-1");
        together(() -> leases.release("job-1", "worker-1"), () -> leases.grant("job-1", "worker-2"));
        assertTrue(leases.holder("job-1") == null || leases.holder("job-1").equals("worker-2"));
    }

    @Test
    void twoFirstRequestsOfAUser() throws Exception {
        SessionStore store = new SessionStore();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<StringBuilder>> sessions = new ArrayList<>();
            sessions.add(pool.submit(() -> store.open("ann")));
            sessions.add(pool.submit(() -> store.open("ann")));
            for (Future<StringBuilder> s : sessions) {
                assertNotNull(s.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void requestsCountedByTwoThreads() throws Exception {
        HitCounter counter = new HitCounter();
        together(() -> { for (int i = 0; i < 200; i++) counter.hit("home"); },
                () -> { for (int i = 0; i < 200; i++) counter.hit("home"); });
        assertTrue(counter.hits("home") <= 400);
    }

    @Test
    void theSameJobsDoneAtomically() throws Exception {
        SafeGuards safe = new SafeGuards();
        safe.grant("job-1", "worker-1");
        together(() -> {
            safe.breaker("payments").recordFailure();
            safe.release("job-1", "worker-1");
            safe.open("ann");
            for (int i = 0; i < 200; i++) safe.hit("home");
        }, () -> {
            safe.breaker("payments").recordFailure();
            safe.grant("job-1", "worker-2");
            safe.open("ann");
            for (int i = 0; i < 200; i++) safe.hit("home");
        });
        assertTrue(safe.breaker("payments").failures() == 2 && safe.hits("home") == 400);
    }
}
