package io.github.maprace.agent.launcher;

import io.github.maprace.agent.runtime.TestContext;
import io.github.maprace.agent.runtime.TestLogFormat;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Names the running test for the race detector and logs each test's and test class's start and
 * outcome to {@code tests.log} ({@link TestLogFormat}), in a test JVM that Surefire or Failsafe
 * runs with the maprace agent.
 *
 * <p>The plugin puts this class, with its
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener} entry, into
 * {@code maprace-junit-listener.jar} on the test classpath, and the JUnit Platform registers it
 * through the {@code ServiceLoader}. It uses nothing but the JDK, the JUnit Platform launcher API
 * and the agent runtime, which the agent puts on the boot class path (so the copy instrumented
 * code sees is the one this class sets). Without the agent it does nothing. It never throws into
 * the test run.
 */
public final class MapraceTestListener implements TestExecutionListener {
    private final TestRun run;

    /** Called by the {@code ServiceLoader}. */
    public MapraceTestListener() {
        TestRun r;
        try {
            TestContext.set("");
            r = TestRun.get();
        } catch (Throwable t) { // the agent runtime is not on the boot class path: no agent in this JVM
            r = null;
        }
        this.run = r;
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

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (run != null) {
            run.planStarted();
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (run == null) {
            return;
        }
        try {
            if (id.isTest()) {
                run.testStarted(name(id), id.getUniqueId());
            } else if (id.getSource().orElse(null) instanceof ClassSource) {
                run.classStarted(name(id), id.getUniqueId());
            }
        } catch (Throwable t) {
            // never into the test run
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (run == null || !id.isTest()) {
            return;
        }
        try {
            run.write(TestLogFormat.SKIPPED, name(id), "reason", reason);
        } catch (Throwable t) {
            // never into the test run
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (run == null) {
            return;
        }
        try {
            String error = result.getThrowable().map(Failures::describe).orElse("");
            String status = result.getStatus().name();
            if (id.isTest()) {
                run.testFinished(name(id), status, error);
            } else if (id.getSource().orElse(null) instanceof ClassSource
                    || result.getStatus() == TestExecutionResult.Status.FAILED) {
                // a container that fails (e.g. a class whose static initializer throws) fails its tests
                run.containerFinished(name(id), status, error);
            }
        } catch (Throwable t) {
            // never into the test run
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (run == null) {
            return;
        }
        try {
            run.write(TestLogFormat.SUMMARY, null, "found", testPlan.countTestIdentifiers(TestIdentifier::isTest));
        } catch (Throwable t) {
            // never into the test run
        } finally {
            run.planFinished();
        }
    }
}
