package io.github.maprace.agent.launcher;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.agent.runtime.TestContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells the race detector which test is running and logs each test's and test class's start and
 * outcome ({@code STARTED}/{@code FINISHED}, {@code CONTAINER_STARTED}/{@code CONTAINER_FINISHED}).
 * It also remembers which thread runs which test, for the record written when the JVM exits.
 */
final class TestRecorder implements TestExecutionListener {
    private final TestLog log;
    final AtomicLong found = new AtomicLong();
    final AtomicLong succeeded = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong aborted = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    private final Map<String, Thread> runningTests = new ConcurrentHashMap<>();
    private final Map<String, Thread> runningClasses = new ConcurrentHashMap<>();

    TestRecorder(TestLog log) {
        this.log = log;
    }

    /**
     * {@code com.acme.CacheTest#putsConcurrently} when the test is a method, the class name for a
     * test class, else its unique id.
     */
    static String name(TestIdentifier id) {
        TestSource source = id.getSource().orElse(null);
        if (source instanceof MethodSource m) {
            return m.getClassName() + "#" + m.getMethodName();
        }
        if (source instanceof ClassSource c) {
            return c.getClassName();
        }
        return id.getUniqueId();
    }

    /** The tests running now (sorted, comma-separated), else the test classes being set up, else empty. */
    String running() {
        Map<String, Thread> m = runningTests.isEmpty() ? runningClasses : runningTests;
        return String.join(", ", new java.util.TreeSet<>(m.keySet()));
    }

    /** The thread of one running test (or test class), if any. */
    Optional<Thread> runningThread() {
        Map<String, Thread> m = runningTests.isEmpty() ? runningClasses : runningTests;
        return m.values().stream().findFirst();
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        found.set(testPlan.countTestIdentifiers(TestIdentifier::isTest));
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
            String name = name(id);
            TestContext.set(name);
            runningTests.put(name, Thread.currentThread());
            StringBuilder r = LogCodec.record("STARTED");
            LogCodec.field(r, "test", name);
            LogCodec.field(r, "uid", id.getUniqueId());
            log.write(r);
        } else if (id.getSource().orElse(null) instanceof ClassSource) {
            String name = name(id);
            runningClasses.put(name, Thread.currentThread());
            StringBuilder r = LogCodec.record("CONTAINER_STARTED");
            LogCodec.field(r, "test", name);
            LogCodec.field(r, "uid", id.getUniqueId());
            log.write(r);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        String error = result.getThrowable().map(Failures::describe).orElse("");
        if (!id.isTest()) {
            boolean isClass = id.getSource().orElse(null) instanceof ClassSource;
            runningClasses.remove(name(id));
            // a container that fails (e.g. a class whose static initializer throws) fails its tests
            if (isClass || result.getStatus() == TestExecutionResult.Status.FAILED) {
                StringBuilder r = LogCodec.record("CONTAINER_FINISHED");
                LogCodec.field(r, "test", name(id));
                LogCodec.field(r, "status", result.getStatus());
                LogCodec.field(r, "error", error);
                log.write(r);
            }
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> succeeded.incrementAndGet();
            case ABORTED -> aborted.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
            default -> { }
        }
        runningTests.remove(name(id));
        StringBuilder r = LogCodec.record("FINISHED");
        LogCodec.field(r, "test", name(id));
        LogCodec.field(r, "status", result.getStatus());
        LogCodec.field(r, "error", error);
        log.write(r);
        TestContext.set("");
    }
}
