package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;

/** Which started threads are the test's to stop: {@link ThreadLeaks#isTheTests}. */
class ThreadLeaksTest {
    private static final String POOL_START = String.join("\n",
            "java.base/java.lang.Thread.start(Thread.java:1526)",
            "java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:945)",
            "java.base/java.util.concurrent.ThreadPoolExecutor.execute(ThreadPoolExecutor.java:1364)",
            "com.acme.Indexer.reindex(Indexer.java:31)",
            "org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:727)");

    private static Thread thread(boolean daemon) {
        Thread t = new Thread(() -> { });
        t.setDaemon(daemon);
        return t;
    }

    @Test
    void aThreadStartedForProjectCodeIsTheTestsDaemonOrNot() {
        assertThat(ThreadLeaks.isTheTests(thread(false), POOL_START)).isTrue();
        assertThat(ThreadLeaks.isTheTests(thread(true), POOL_START)).isTrue();
    }

    @Test
    void aThreadOnlyTheJdkOrTheTestFrameworkAskedForIsNot() {
        String junitTimeout = String.join("\n",
                "java.base/java.lang.Thread.start(Thread.java:1526)",
                "java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:945)",
                "org.junit.jupiter.engine.extension.TimeoutExtension.intercept(TimeoutExtension.java:156)");
        assertThat(ThreadLeaks.isTheTests(thread(true), junitTimeout)).isFalse();
    }

    @Test
    void aDaemonTheJdkStartsForItselfOnTheProjectsBehalfIsNot() {
        String delayer = String.join("\n",
                "java.base/java.lang.Thread.start(Thread.java:1526)",
                "java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:945)",
                "java.base/java.util.concurrent.CompletableFuture$Delayer.delay(CompletableFuture.java:2861)",
                "com.acme.Retry.later(Retry.java:12)");
        assertThat(ThreadLeaks.isTheTests(thread(true), delayer)).isFalse();
        assertThat(ThreadLeaks.isTheTests(thread(false), delayer)).isTrue();
    }

    @Test
    void aDaemonAStaticInitializerStartsIsTheClasssNotTheTests() {
        String holder = String.join("\n",
                "java.base/java.lang.Thread.start(Thread.java:799)",
                "java.base/java.util.Timer.<init>(Timer.java:188)",
                "com.acme.PoolUtils$TimerHolder.<clinit>(PoolUtils.java:1325)",
                "com.acme.PoolUtils.getMinIdleTimer(PoolUtils.java:1664)",
                "com.acme.PoolUtilsTest.checksMinIdle(PoolUtilsTest.java:268)");
        assertThat(ThreadLeaks.isTheTests(thread(true), holder)).isFalse();
        assertThat(ThreadLeaks.isTheTests(thread(false), holder)).isTrue();
    }

    @Test
    void commonPoolWorkersAreNot() throws Exception {
        Thread worker = CompletableFuture.supplyAsync(Thread::currentThread).get();
        if (ForkJoinPool.getCommonPoolParallelism() > 1) { // else the caller ran it
            assertThat(ThreadLeaks.isTheTests(worker, POOL_START)).isFalse();
        }
    }
}
