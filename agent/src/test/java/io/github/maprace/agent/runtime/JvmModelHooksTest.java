package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.StampedLock;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of the model that follow synchronization and accesses made inside the JDK: per-field
 * volatile clocks, open latches, optimistic reads, functions run inside atomic calls, interrupts,
 * class initializers, wrappers and maps handed to the JDK. Each is driven through its hooks from
 * real threads (the test plays the instrumented code), with a racy and a correct case.
 */
class JvmModelHooksTest {
    private static final AtomicInteger NEXT_LINE = new AtomicInteger(5000);

    @TempDir
    Path dir;

    private final List<Thread> threads = new ArrayList<>();

    @BeforeEach
    void openLog() throws IOException {
        RaceLog.open(dir);
    }

    private static int site(String op, boolean write) {
        return Sites.register("com.acme.Jvm", "m", "Jvm.java", NEXT_LINE.incrementAndGet(), op, write);
    }

    /** Runs {@code body} in a new thread that no happens-before edge connects to anything. */
    private void unordered(Runnable body) throws InterruptedException {
        Thread t = new Thread(body);
        threads.add(t);
        t.start();
        t.join();
    }

    private long races() throws IOException {
        return Files.readAllLines(dir.resolve(RaceLog.FILE), StandardCharsets.UTF_8).stream()
                .filter(l -> LogCodec.type(l).equals("RACE")).count();
    }

    @Test
    void volatileFieldsPublishPerField() throws Exception {
        Object holder = new Object();
        int a = FieldClocks.id("a", "I");
        int b = FieldClocks.id("b", "I");
        Map<String, Integer> sameField = new HashMap<>();
        Map<String, Integer> otherField = new HashMap<>();
        int write = site("put", true);
        int read = site("get", false);

        unordered(() -> {
            MapHooks.access(sameField, write);
            MapHooks.access(otherField, write);
            FieldHooks.volatileWrite(holder, a);
        });
        unordered(() -> {
            FieldHooks.volatileRead(holder, a);
            MapHooks.access(sameField, read);
        });
        assertThat(races()).as("published through field a, read through field a").isZero();

        unordered(() -> {
            FieldHooks.volatileRead(holder, b);
            MapHooks.access(otherField, read);
        });
        assertThat(races()).as("published through field a, read through field b").isEqualTo(1);
    }

    @Test
    void aCountDownOnAnOpenLatchPublishesNothing() throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        latch.countDown();
        Map<String, Integer> map = new HashMap<>();
        int write = site("put", true);
        int read = site("get", false);
        unordered(() -> {
            MapHooks.access(map, write);
            SyncHooks.latchCountDown(latch);
            latch.countDown();
        });
        unordered(() -> {
            SyncHooks.acquire(latch);
            MapHooks.access(map, read);
        });
        assertThat(races()).isEqualTo(1);
    }

    @Test
    void aCountDownOnAClosedLatchPublishes() throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        Map<String, Integer> map = new HashMap<>();
        int write = site("put", true);
        int read = site("get", false);
        unordered(() -> {
            MapHooks.access(map, write);
            SyncHooks.latchCountDown(latch);
            latch.countDown();
        });
        unordered(() -> {
            SyncHooks.acquire(latch);
            MapHooks.access(map, read);
        });
        assertThat(races()).isZero();
    }

    @Test
    void optimisticReadsAreJudgedOnlyWhenValidationFails() throws Exception {
        StampedLock lock = new StampedLock();
        Map<String, Integer> map = new HashMap<>();
        int write = site("put", true);
        int read = site("get", false);
        unordered(() -> MapHooks.access(map, write));
        unordered(() -> {
            LockHooks.stampedOptimistic(lock);
            MapHooks.access(map, read);
            LockHooks.stampedValidated(true);
        });
        assertThat(races()).as("validated: the reads were consistent").isZero();
        unordered(() -> {
            LockHooks.stampedOptimistic(lock);
            MapHooks.access(map, read);
            LockHooks.stampedValidated(false);
        });
        assertThat(races()).as("validation failed: the read raced with the write").isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFunctionRunInsideComputeIsOrderedAfterThePreviousOneOnTheKey() throws Exception {
        ConcurrentHashMap<String, Integer> chm = new ConcurrentHashMap<>();
        Map<String, Integer> plain = new HashMap<>();
        int write = site("merge", true);
        BiFunction<String, Integer, Integer> fn = (k, v) -> {
            MapHooks.access(plain, write);
            return v == null ? 1 : v + 1;
        };
        unordered(() -> chm.compute("k", AtomicCallbacks.mapBiFunction(fn, chm, "k")));
        unordered(() -> chm.compute("k", AtomicCallbacks.mapBiFunction(fn, chm, "k")));
        assertThat(races()).isZero();
        unordered(() -> chm.compute("k", fn));
        assertThat(races()).as("the same function, unwrapped").isEqualTo(1);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void anAtomicUpdateFunctionIsOrderedAfterThePreviousUpdate() throws Exception {
        AtomicReference<Map<String, Integer>> ref = new AtomicReference<>(new HashMap<>());
        Map<String, Integer> plain = new HashMap<>();
        int write = site("put", true);
        UnaryOperator<Map<String, Integer>> fn = old -> {
            MapHooks.access(plain, write);
            return old;
        };
        unordered(() -> ref.updateAndGet(AtomicCallbacks.unary((UnaryOperator) fn, ref)));
        unordered(() -> ref.updateAndGet(AtomicCallbacks.unary((UnaryOperator) fn, ref)));
        assertThat(races()).isZero();
    }

    @Test
    void anInterruptOrdersTheInterrupterBeforeTheThreadThatSeesIt() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int write = site("put", true);
        int read = site("get", false);
        Thread target = new Thread(() -> { });
        unordered(() -> {
            MapHooks.access(map, write);
            JdkThreads.interrupting(target);
        });
        unordered(() -> {
            JdkThreads.interruptSeen(target, false);
            MapHooks.access(map, read);
        });
        assertThat(races()).as("the interrupt was not seen").isEqualTo(1);

        Map<String, Integer> second = new HashMap<>();
        unordered(() -> {
            MapHooks.access(second, write);
            JdkThreads.interrupting(target);
        });
        unordered(() -> {
            JdkThreads.interruptSeen(target, true);
            MapHooks.access(second, read);
        });
        assertThat(races()).as("the interrupt was seen").isEqualTo(1);
    }

    @Test
    void aClassInitializerAccessIsJudgedButNeverRecorded() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        int write = site("put", true);
        int initRead = site("size", false);
        int initWrite = site("put", true);
        int read = site("get", false);
        unordered(() -> MapHooks.access(map, write));
        unordered(() -> {
            ClassInitHooks.classInitStart();
            MapHooks.access(map, initRead);
            ClassInitHooks.classInitEnd();
        });
        assertThat(races()).as("the initializer read raced with the earlier write").isEqualTo(1);

        Map<String, Integer> table = new HashMap<>();
        unordered(() -> {
            ClassInitHooks.classInitStart();
            MapHooks.access(table, initWrite);
            ClassInitHooks.classInitEnd();
        });
        unordered(() -> MapHooks.access(table, read));
        assertThat(races()).as("a table filled by an initializer, read later").isEqualTo(1);
    }

    @Test
    void aWrapperAndAMapHandedToTheJdkAreAccessesOfTheMap() throws Exception {
        Map<String, Integer> map = new HashMap<>();
        Map<String, Integer> view = Collections.unmodifiableMap(map);
        MapHooks.wrapper(view, map);
        int write = site("put", true);
        int viewRead = site("get", false);
        unordered(() -> MapHooks.access(map, write));
        unordered(() -> MapHooks.access(view, viewRead));
        assertThat(races()).as("read through the unmodifiable view").isEqualTo(1);

        Map<String, Integer> copied = new HashMap<>();
        unordered(() -> MapHooks.access(copied, write));
        unordered(() -> MapHooks.argument(copied, site("passed to HashMap.<init>", false)));
        assertThat(races()).as("read by a copy constructor").isEqualTo(2);
    }

    @Test
    void aSynchronizedWrapperOrdersItsInnerAccessesButNotRawOnes() throws Exception {
        Map<String, Integer> raw = new HashMap<>();
        Map<String, Integer> sync = Collections.synchronizedMap(raw);
        MapHooks.wrapper(sync, raw);
        int put = site("put", true);
        int get = site("get", false);
        unordered(() -> MapHooks.access(sync, put));
        unordered(() -> MapHooks.access(sync, get));
        assertThat(races()).as("both through the wrapper").isZero();
        unordered(() -> MapHooks.access(raw, put));
        assertThat(races()).as("the raw map, beside the wrapper (races with both earlier accesses)").isEqualTo(2);
    }
}
