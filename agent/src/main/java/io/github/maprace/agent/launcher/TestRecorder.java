package io.github.maprace.agent.launcher;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.agent.runtime.TestContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells the race detector which test is running and logs each test's outcome.
 */
final class TestRecorder implements TestExecutionListener {
    private final TestLog log;
    final AtomicLong found = new AtomicLong();
    final AtomicLong succeeded = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong aborted = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();

    TestRecorder(TestLog log) {
        this.log = log;
    }

    /** {@code com.acme.CacheTest#putsConcurrently} when the test is a method, else its unique id. */
    static String name(TestIdentifier id) {
        TestSource source = id.getSource().orElse(null);
        if (source instanceof MethodSource m) {
            return m.getClassName() + "#" + m.getMethodName();
        }
        return id.getUniqueId();
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        found.set(testPlan.countTestIdentifiers(TestIdentifier::isTest));
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
            TestContext.set(name(id));
            StringBuilder r = LogCodec.record("STARTED");
            LogCodec.field(r, "test", name(id));
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
        if (!id.isTest()) {
            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                // a container that fails (e.g. a class that cannot be loaded) fails its tests
                StringBuilder r = LogCodec.record("CONTAINER_FAILED");
                LogCodec.field(r, "test", id.getUniqueId());
                LogCodec.field(r, "error", result.getThrowable().map(String::valueOf).orElse(""));
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
        StringBuilder r = LogCodec.record("FINISHED");
        LogCodec.field(r, "test", name(id));
        LogCodec.field(r, "status", result.getStatus());
        LogCodec.field(r, "error", result.getThrowable().map(String::valueOf).orElse(""));
        log.write(r);
        TestContext.set("");
    }
}
