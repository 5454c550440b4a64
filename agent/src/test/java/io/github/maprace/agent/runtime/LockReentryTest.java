package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thread that re-enters the lock it released, with nobody in between, keeps its epoch
 * ({@link ThreadState#untick}): its maps stay on the same-epoch fast path. Whenever another thread
 * could have learned the release (it held the lock in between, or acquired the lock's clock some
 * other way), the tick stands and later accesses still race with that thread.
 *
 * <p>Two long-lived threads take turns through executors the detector does not see (no agent
 * here), so the only happens-before edges are the hooks the test calls.
 */
class LockReentryTest {
    private static final AtomicInteger NEXT_LINE = new AtomicInteger(5000);

    @TempDir
    Path dir;

    private ExecutorService t;
    private ExecutorService u;

    @BeforeEach
    void setUp() throws IOException {
        RaceLog.open(dir);
        t = Executors.newSingleThreadExecutor(r -> new Thread(r, "owner"));
        u = Executors.newSingleThreadExecutor(r -> new Thread(r, "other"));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        t.shutdown();
        u.shutdown();
        t.awaitTermination(5, TimeUnit.SECONDS);
        u.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static int site(boolean write) {
        return Sites.register("com.acme.Reentry", "m", "Reentry.java", NEXT_LINE.incrementAndGet(),
                write ? "put" : "get", write);
    }

    private static void locked(Object lock, Runnable body) {
        synchronized (lock) {
            MonitorHooks.monitorEnter(lock);
            try {
                body.run();
            } finally {
                MonitorHooks.monitorExit(lock);
            }
        }
    }

    private static <V> V on(ExecutorService thread, java.util.concurrent.Callable<V> step)
            throws InterruptedException, ExecutionException {
        return thread.submit(step).get();
    }

    private static void on(ExecutorService thread, Runnable step) throws InterruptedException, ExecutionException {
        thread.submit(step).get();
    }

    /** Two sections on the owner: the lock has a clock and the owner is its last holder. */
    private void warmUp(Object lock) throws Exception {
        on(t, () -> {
            locked(lock, () -> { });
            locked(lock, () -> { });
        });
    }

    private long races() throws IOException {
        return Files.readAllLines(dir.resolve(RaceLog.FILE), StandardCharsets.UTF_8).stream()
                .filter(l -> LogCodec.type(l).equals("RACE")).count();
    }

    /**
     * Accesses the owner records in five sections after two that warm up (the first release
     * creates the lock's clock, the next entry makes the owner its last holder).
     */
    private long recordedAfterWarmUp(java.util.function.Consumer<Runnable> section) throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int read = site(false);
        return on(t, () -> {
            ThreadState ts = ThreadState.current();
            section.accept(() -> MapHooks.access(map, read));
            section.accept(() -> MapHooks.access(map, read));
            long before = ts.recordedAccesses;
            for (int i = 0; i < 5; i++) {
                section.accept(() -> MapHooks.access(map, read));
            }
            return ts.recordedAccesses - before;
        });
    }

    @Test
    void shouldKeepTheEpochWhenTheSameThreadReentersItsLock() throws Exception {
        Object lock = new Object();
        assertThat(recordedAfterWarmUp(body -> locked(lock, body))).as("accesses recorded after warming up").isZero();
    }

    @Test
    void shouldTickWhenAnotherThreadHeldTheLockInBetween() throws Exception {
        Object lock = new Object();
        Map<String, Integer> map = new HashMap<>();
        warmUp(lock);
        on(t, () -> locked(lock, () -> MapHooks.access(map, site(true))));
        on(u, () -> locked(lock, () -> { }));        // learns the owner's first write
        on(t, () -> locked(lock, () -> MapHooks.access(map, site(true))));
        on(u, () -> MapHooks.access(map, site(false))); // outside the lock: races with the second write
        assertThat(races()).isEqualTo(1);
    }

    @Test
    void shouldTickWhenTheLockClockWasAcquiredWithoutTheLock() throws Exception {
        Object lock = new Object();
        Map<String, Integer> map = new HashMap<>();
        warmUp(lock);
        on(t, () -> locked(lock, () -> MapHooks.access(map, site(true))));
        on(u, () -> SyncHooks.acquire(lock));        // the same clock, learned some other way
        on(t, () -> locked(lock, () -> MapHooks.access(map, site(true))));
        on(u, () -> MapHooks.access(map, site(false)));
        assertThat(races()).isEqualTo(1);
    }

    @Test
    void shouldTickWhenTheOwnerPublishedElsewhereToo() throws Exception {
        Object lock = new Object();
        Object flag = new Object();
        Map<String, Integer> map = new HashMap<>();
        warmUp(lock);
        on(t, () -> {
            locked(lock, () -> MapHooks.access(map, site(true)));
            SyncHooks.release(flag);                  // the same clock, published a second way
        });
        on(u, () -> SyncHooks.acquire(flag));
        on(t, () -> locked(lock, () -> MapHooks.access(map, site(true))));
        on(u, () -> MapHooks.access(map, site(false)));
        assertThat(races()).isEqualTo(1);
    }

    /** One section under a half of {@code rw} as the rewriter emits it: the half's hook, then lock/unlock hooks. */
    private static void held(ReentrantReadWriteLock rw, boolean write, Runnable body) {
        java.util.concurrent.locks.Lock half = write ? rw.writeLock() : rw.readLock();
        if (write) {
            LockHooks.writeHalf(half, rw);
        } else {
            LockHooks.readHalf(half, rw);
        }
        half.lock();
        LockHooks.lockAcquired(half);
        try {
            body.run();
        } finally {
            LockHooks.lockReleased(half);
            half.unlock();
        }
    }

    private static void reading(ReentrantReadWriteLock rw, Runnable body) {
        held(rw, false, body);
    }

    private static void writing(ReentrantReadWriteLock rw, Runnable body) {
        held(rw, true, body);
    }

    @Test
    void shouldKeepTheEpochWhenAReaderRetakesTheReadLockWithNoWriterInBetween() throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        assertThat(recordedAfterWarmUp(body -> reading(rw, body))).as("accesses recorded after warming up").isZero();
    }

    @Test
    void shouldTickWhenAWriterCameBetweenTwoReadSections() throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        Map<String, Integer> map = new HashMap<>();
        on(t, () -> {
            reading(rw, () -> MapHooks.access(map, site(false)));
            reading(rw, () -> MapHooks.access(map, site(false)));
        });
        on(u, () -> writing(rw, () -> { }));          // learns the reader's sections
        on(t, () -> reading(rw, () -> MapHooks.access(map, site(false))));
        on(u, () -> MapHooks.access(map, site(true))); // outside the lock: races with the last read
        assertThat(races()).isEqualTo(1);
    }

    @Test
    void shouldTickAgainAfterASectionThatKeptItsEpoch() throws Exception {
        Object lock = new Object();
        Map<String, Integer> map = new HashMap<>();
        on(t, () -> {
            locked(lock, () -> MapHooks.access(map, site(false)));
            locked(lock, () -> MapHooks.access(map, site(false))); // unticked: same epoch, nothing recorded
        });
        on(u, () -> locked(lock, () -> { }));          // learns that epoch
        on(t, () -> locked(lock, () -> MapHooks.access(map, site(false))));
        on(u, () -> MapHooks.access(map, site(true)));  // outside the lock: races with the last read
        assertThat(races()).isEqualTo(1);
    }

    @Test
    void shouldRecordNothingWhenTwoReadersTakeTurnsUnderTheReadLock() throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        Map<String, Integer> map = new HashMap<>();
        int read = site(false);
        for (int i = 0; i < 2; i++) { // the second reader makes the reads shared (a read vector)
            on(t, () -> reading(rw, () -> MapHooks.access(map, read)));
            on(u, () -> reading(rw, () -> MapHooks.access(map, read)));
        }
        long before = on(t, () -> ThreadState.current().recordedAccesses);
        for (int i = 0; i < 5; i++) {
            on(t, () -> reading(rw, () -> MapHooks.access(map, read)));
            on(u, () -> reading(rw, () -> MapHooks.access(map, read)));
        }
        long recorded = on(t, () -> ThreadState.current().recordedAccesses) - before;
        assertThat(recorded).as("reads recorded while the other reader took turns").isZero();
    }

    @Test
    void shouldStillReportAWriteOutsideTheLockAfterReadersTookTurns() throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        Map<String, Integer> map = new HashMap<>();
        int read = site(false);
        for (int i = 0; i < 3; i++) {
            on(t, () -> reading(rw, () -> MapHooks.access(map, read)));
            on(u, () -> reading(rw, () -> MapHooks.access(map, read)));
        }
        Thread w = new Thread(() -> MapHooks.access(map, site(true)), "writer");
        w.start();
        w.join();
        assertThat(races()).isEqualTo(1);
    }

    @Test
    void shouldPublishWhatTheNextHolderLearnedElsewhereBeforeTakingTheLock() throws Exception {
        Object lock = new Object();
        Object flag = new Object();
        Map<String, Integer> map = new HashMap<>();
        warmUp(lock);
        on(u, () -> {
            locked(lock, () -> { });
            MapHooks.access(map, site(true));          // outside the lock, published through the flag
            SyncHooks.release(flag);
        });
        on(t, () -> {
            SyncHooks.acquire(flag);                    // the owner learns the write
            locked(lock, () -> { });                    // the lock changed hands: its release must carry the write
        });
        ExecutorService v = Executors.newSingleThreadExecutor(r -> new Thread(r, "third"));
        try {
            on(v, () -> locked(lock, () -> MapHooks.access(map, site(false))));
        } finally {
            v.shutdown();
        }
        assertThat(races()).as("the third thread is ordered after the write through the flag and the lock").isZero();
    }
}
