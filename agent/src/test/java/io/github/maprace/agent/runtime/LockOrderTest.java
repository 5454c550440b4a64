package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two locks taken in opposite orders by two threads are a LOCK_ORDER_INVERSION even though the
 * run did not deadlock (the threads take turns); one order, a gate lock around both, a tryLock as
 * the inner acquisition, read locks on both sides and re-entry are not.
 */
class LockOrderTest {
    @TempDir
    Path dir;

    private ExecutorService t;
    private ExecutorService u;

    @BeforeEach
    void setUp() throws IOException {
        RaceLog.open(dir);
        t = Executors.newSingleThreadExecutor(r -> new Thread(r, "teller-1"));
        u = Executors.newSingleThreadExecutor(r -> new Thread(r, "teller-2"));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        t.shutdown();
        u.shutdown();
        t.awaitTermination(5, TimeUnit.SECONDS);
        u.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static void run(ExecutorService thread, Runnable step) throws Exception {
        thread.submit(step).get();
    }

    private List<Map<String, String>> inversions() throws IOException {
        return Files.readAllLines(dir.resolve(RaceLog.FILE), StandardCharsets.UTF_8).stream()
                .filter(l -> LogCodec.type(l).equals("RACE"))
                .map(LogCodec::fields)
                .filter(f -> "LOCK_ORDER_INVERSION".equals(f.get("kind")))
                .toList();
    }

    /** Takes {@code outer}, then {@code inner}, then releases both (monitors or locks). */
    private static Runnable nested(Object outer, Object inner) {
        return () -> {
            take(outer);
            take(inner);
            drop(inner);
            drop(outer);
        };
    }

    private static void take(Object lock) {
        if (lock instanceof java.util.concurrent.locks.Lock) {
            LockHooks.lockAcquired(lock);
        } else {
            MonitorHooks.monitorEnter(lock);
        }
    }

    private static void drop(Object lock) {
        if (lock instanceof java.util.concurrent.locks.Lock) {
            LockHooks.lockReleased(lock);
        } else {
            MonitorHooks.monitorExit(lock);
        }
    }

    @Test
    void shouldReportTwoLocksTakenInOppositeOrdersByTwoThreads() throws Exception {
        Object account = new Object();
        ReentrantLock ledger = new ReentrantLock();

        run(t, nested(account, ledger));
        run(u, nested(ledger, account));

        assertThat(inversions()).singleElement().satisfies(f -> {
            assertThat(f.get("cur.thread")).isEqualTo("teller-2");
            assertThat(f.get("cur.outer")).isEqualTo("a java.util.concurrent.locks.ReentrantLock");
            assertThat(f.get("cur.inner")).isEqualTo("the monitor of a java.lang.Object");
            assertThat(f.get("prev.thread")).isEqualTo("teller-1");
            // the test's own frames are in the runtime's package, which stacks leave out
            assertThat(f.get("prev.stack")).contains("java.util.concurrent");
            assertThat(f.get("cur.stack")).doesNotContain("io.github.maprace.agent.runtime.LockOrder.");
        });
    }

    @Test
    void shouldNotReportLocksAlwaysTakenInOneOrder() throws Exception {
        Object a = new Object();
        Object b = new Object();
        run(t, nested(a, b));
        run(u, nested(a, b));
        run(t, nested(a, b));
        assertThat(inversions()).isEmpty();
    }

    @Test
    void shouldNotReportOppositeOrdersUnderACommonGateLock() throws Exception {
        Object gate = new Object();
        Object a = new Object();
        Object b = new Object();
        run(t, () -> {
            take(gate);
            nested(a, b).run();
            drop(gate);
        });
        run(u, () -> {
            take(gate);
            nested(b, a).run();
            drop(gate);
        });
        assertThat(inversions()).isEmpty();
    }

    @Test
    void shouldNotCountATryLockAsAnAcquisitionThatCanBlock() throws Exception {
        Object a = new Object();
        ReentrantLock b = new ReentrantLock();
        run(t, () -> {
            take(a);
            LockHooks.lockTried(b);
            drop(b);
            drop(a);
        });
        run(u, () -> {
            take(b);
            take(a);
            drop(a);
            drop(b);
        });
        // a -> b was a tryLock: no edge; b -> a alone is no cycle
        assertThat(inversions()).isEmpty();
    }

    /** The lock's halves, as instrumented code's readLock()/writeLock() calls make them known. */
    private static ReentrantReadWriteLock known(ReentrantReadWriteLock rw) {
        LockHooks.readHalf(rw.readLock(), rw);
        LockHooks.writeHalf(rw.writeLock(), rw);
        return rw;
    }

    @Test
    void shouldNotReportReadLocksOnBothSides() throws Exception {
        ReentrantReadWriteLock x = known(new ReentrantReadWriteLock());
        ReentrantReadWriteLock y = known(new ReentrantReadWriteLock());
        run(t, nested(x.readLock(), y.readLock()));
        run(u, nested(y.readLock(), x.readLock()));
        assertThat(inversions()).isEmpty();

        // a writer on one side conflicts with the readers on the other
        ReentrantReadWriteLock v = known(new ReentrantReadWriteLock());
        ReentrantReadWriteLock w = known(new ReentrantReadWriteLock());
        run(t, nested(v.writeLock(), w.writeLock()));
        run(u, nested(w.readLock(), v.readLock()));
        assertThat(inversions()).hasSize(1);
    }

    @Test
    void shouldTreatReentryAndUnbalancedReleasesAsNoEdge() throws Exception {
        Object a = new Object();
        Object b = new Object();
        run(t, () -> {
            take(a);
            take(a); // re-entry
            drop(a);
            drop(b); // never taken: ignored
            take(b);
            drop(b);
            drop(a);
        });
        run(u, nested(b, a));
        assertThat(inversions()).hasSize(1); // a -> b from the first thread, b -> a from the second
    }

    private List<Map<String, String>> upgrades() throws IOException {
        return Files.readAllLines(dir.resolve(RaceLog.FILE), StandardCharsets.UTF_8).stream()
                .filter(l -> LogCodec.type(l).equals("RACE"))
                .map(LogCodec::fields)
                .filter(f -> "LOCK_UPGRADE".equals(f.get("kind")))
                .toList();
    }

    @Test
    void shouldEndAReadToWriteUpgradeInsteadOfWaitingForever() throws Exception {
        ReentrantReadWriteLock rw = known(new ReentrantReadWriteLock());
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        run(t, () -> {
            rw.readLock().lock();
            LockHooks.lockAcquired(rw.readLock(), READ_SITE); // as instrumented code passes its call site
            try {
                LockHooks.lockRequested(rw.writeLock()); // what instrumented code runs before writeLock().lock()
            } catch (IllegalMonitorStateException e) {
                thrown.set(e);
            } finally {
                LockHooks.lockReleased(rw.readLock());
                rw.readLock().unlock();
            }
        });

        assertThat(thrown.get()).hasMessageStartingWith("maprace: LOCK_UPGRADE: thread \"teller-1\" holds the read lock");
        assertThat(upgrades()).singleElement().satisfies(f -> {
            assertThat(f.get("cur.thread")).isEqualTo("teller-1");
            assertThat(f.get("blocking")).isEqualTo("true");
            assertThat(f.get("read.class")).isEqualTo("com.acme.Prices");
            assertThat(f.get("read.line")).isEqualTo("17");
        });
    }

    private static final int READ_SITE = Sites.register("com.acme.Prices", "priceOf", "Prices.java", 17, "lock", false);

    @Test
    void shouldLetAWriterReenterAndDowngrade() throws Exception {
        ReentrantReadWriteLock rw = known(new ReentrantReadWriteLock());
        run(t, () -> {
            LockHooks.lockRequested(rw.writeLock());
            LockHooks.lockAcquired(rw.writeLock());
            LockHooks.lockRequested(rw.readLock());
            LockHooks.lockAcquired(rw.readLock()); // downgrade: read while writing
            LockHooks.lockRequested(rw.writeLock()); // re-entry of the write lock, legal with a read hold too
            LockHooks.lockAcquired(rw.writeLock());
            LockHooks.lockReleased(rw.writeLock());
            LockHooks.lockReleased(rw.writeLock());
            LockHooks.lockReleased(rw.readLock());
        });
        assertThat(upgrades()).isEmpty();
    }

    @Test
    void shouldReportATimedUpgradeWithoutEndingIt() throws Exception {
        ReentrantReadWriteLock rw = known(new ReentrantReadWriteLock());
        run(t, () -> {
            LockHooks.lockAcquired(rw.readLock());
            LockHooks.timedLockRequested(rw.writeLock());
            LockHooks.lockReleased(rw.readLock());
        });
        assertThat(upgrades()).singleElement().satisfies(f -> assertThat(f.get("blocking")).isEqualTo("false"));
    }

    @Test
    void shouldNameTheReadHoldsSiteAfterAnOuterLockWasReleasedOutOfOrder() throws Exception {
        ReentrantReadWriteLock rw = known(new ReentrantReadWriteLock());
        ReentrantLock outer = new ReentrantLock();
        int outerSite = Sites.register("com.acme.Prices", "refresh", "Prices.java", 40, "lock", false);
        int readSite = Sites.register("com.acme.Prices", "refresh", "Prices.java", 41, "lock", false);
        run(t, () -> {
            LockHooks.lockAcquired(outer, outerSite);
            LockHooks.lockAcquired(rw.readLock(), readSite);
            LockHooks.lockReleased(outer); // out of order: the read hold moves down the stack
            try {
                // through a JDK frame: upgrades are reported once per requesting stack, and this test
                // class's frames are not part of it (same package as the runtime)
                java.util.Optional.of(rw.writeLock()).ifPresent(LockHooks::lockRequested);
            } catch (IllegalMonitorStateException expected) {
                // the upgrade is ended, as above
            } finally {
                LockHooks.lockReleased(rw.readLock());
            }
        });
        assertThat(upgrades()).singleElement().satisfies(f -> assertThat(f.get("read.line")).isEqualTo("41"));
    }
}
