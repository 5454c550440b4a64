package io.github.maprace.agent;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.agent.runtime.RaceLog;
import io.github.maprace.agent.runtime.TestContext;
import io.github.maprace.agent.runtime.ThreadHooks;
import io.github.maprace.agent.runtime.ThreadLeaks;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thread a test started and left running is a LEAKED_THREAD with its start stack; one that ends
 * with the test, or within the grace after it (a pool shut down in {@code @AfterEach}), is not, nor
 * is one started between tests. Lives outside the agent's packages so its frames are the project's.
 */
class LeakedThreadTest {
    @TempDir
    Path dir;

    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void open() throws IOException {
        RaceLog.open(dir);
    }

    @AfterEach
    void releaseThreads() {
        release.countDown();
        TestContext.set("");
    }

    private List<Map<String, String>> leaks() throws IOException {
        return Files.readAllLines(dir.resolve(RaceLog.FILE), StandardCharsets.UTF_8).stream()
                .filter(l -> LogCodec.type(l).equals("RACE"))
                .map(LogCodec::fields)
                .filter(f -> "LEAKED_THREAD".equals(f.get("kind")))
                .toList();
    }

    private Thread startWaiting(String name) {
        Thread t = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        ThreadHooks.beforeStart(t);
        t.start();
        return t;
    }

    @Test
    void aThreadStillRunningAfterItsTestIsReportedWithItsStartStack() throws IOException {
        TestContext.set("com.acme.PollerTest#polls");
        startWaiting("poller");
        ThreadLeaks.testFinished("com.acme.PollerTest#polls");

        assertThat(leaks()).singleElement().satisfies(f -> {
            assertThat(f.get("test")).isEqualTo("com.acme.PollerTest#polls");
            assertThat(f.get("cur.thread")).isEqualTo("poller");
            assertThat(f.get("cur.stack")).contains("LeakedThreadTest.startWaiting(LeakedThreadTest.java:");
            assertThat(f.get("daemon")).isEqualTo("false");
        });
    }

    @Test
    void aPoolLeftRunningIsReportedOncePerStartingLine() throws Exception {
        TestContext.set("com.acme.PoolTest#leaks");
        ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "worker");
            ThreadHooks.beforeStart(t);
            return t;
        });
        try {
            for (int i = 0; i < 3; i++) {
                pool.execute(() -> { });
            }
            ThreadLeaks.testFinished("com.acme.PoolTest#leaks");
            assertThat(leaks()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPoolShutDownWhenTheTestEndsIsNotALeak() throws Exception {
        TestContext.set("com.acme.PoolTest#shutsDown");
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "worker");
            ThreadHooks.beforeStart(t);
            return t;
        });
        pool.submit(() -> 1).get();
        pool.shutdown(); // as in @AfterEach: the workers exit a moment later
        ThreadLeaks.testFinished("com.acme.PoolTest#shutsDown");

        assertThat(leaks()).isEmpty();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aThreadJoinedByTheTestOrStartedBetweenTestsIsNotALeak() throws Exception {
        TestContext.set("com.acme.JoinTest#joins");
        Thread joined = new Thread(() -> { }, "short");
        ThreadHooks.beforeStart(joined);
        joined.start();
        joined.join();
        ThreadLeaks.testFinished("com.acme.JoinTest#joins");

        TestContext.set("");
        startWaiting("between-tests");
        ThreadLeaks.testFinished("com.acme.JoinTest#joins");

        assertThat(leaks()).isEmpty();
    }
}
