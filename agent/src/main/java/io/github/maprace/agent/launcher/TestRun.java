package io.github.maprace.agent.launcher;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.agent.runtime.TestContext;
import io.github.maprace.agent.runtime.TestLogFormat;
import io.github.maprace.agent.runtime.ThreadLeaks;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this test JVM is running, shared by every {@link MapraceTestListener} instance (a JVM may
 * create several launchers): the test log, the tests and test classes running now and their
 * threads, and whether a test plan is under way when the JVM shuts down ({@link ExitRecord}).
 */
final class TestRun {
    private static volatile TestRun instance;

    final TestLog log;
    private final Map<String, Thread> runningTests = new ConcurrentHashMap<>();
    private final Map<String, Thread> runningClasses = new ConcurrentHashMap<>();
    private int plansRunning;

    private TestRun(TestLog log) {
        this.log = log;
    }

    /** The JVM's run, opened on first use next to the agent's race log. */
    static TestRun get() {
        TestRun r = instance;
        if (r == null) {
            synchronized (TestRun.class) {
                r = instance;
                if (r == null) {
                    r = new TestRun(new TestLog());
                    Runtime.getRuntime().addShutdownHook(new Thread(new ExitRecord(r), "maprace-exit-record"));
                    instance = r;
                }
            }
        }
        return r;
    }

    synchronized void planStarted() {
        plansRunning++;
    }

    synchronized void planFinished() {
        plansRunning--;
    }

    /** True while a test plan runs: a shutdown now ends the run early. */
    synchronized boolean inPlan() {
        return plansRunning > 0;
    }

    void testStarted(String name, String uid) {
        TestContext.set(name);
        runningTests.put(name, Thread.currentThread());
        write(TestLogFormat.STARTED, name, "uid", uid);
    }

    void testFinished(String name, String status, String error) {
        runningTests.remove(name);
        write(TestLogFormat.FINISHED, name, "status", status, "error", error);
        ThreadLeaks.testFinished(name);
        TestContext.set("");
    }

    void classStarted(String name, String uid) {
        runningClasses.put(name, Thread.currentThread());
        write(TestLogFormat.CONTAINER_STARTED, name, "uid", uid);
    }

    void containerFinished(String name, String status, String error) {
        runningClasses.remove(name);
        write(TestLogFormat.CONTAINER_FINISHED, name, "status", status, "error", error);
    }

    void write(String type, String test, Object... keyValues) {
        StringBuilder r = LogCodec.record(type);
        if (test != null) {
            LogCodec.field(r, "test", test);
        }
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            LogCodec.field(r, String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        log.write(r);
    }

    /** The tests running now (sorted, comma-separated), else the test classes being set up, else empty. */
    String running() {
        Map<String, Thread> m = runningTests.isEmpty() ? runningClasses : runningTests;
        return String.join(", ", new TreeSet<>(m.keySet()));
    }

    /** The thread of one running test (or test class), if any. */
    Optional<Thread> runningThread() {
        Map<String, Thread> m = runningTests.isEmpty() ? runningClasses : runningTests;
        return m.values().stream().findFirst();
    }
}
