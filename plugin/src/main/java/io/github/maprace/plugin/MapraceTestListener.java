package io.github.maprace.plugin;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.agent.runtime.TestContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Names the running test for the race detector in a test JVM that the maprace launcher does not
 * drive (Surefire or Failsafe with {@code prepare-agent}), and writes {@code tests.log} in the
 * launcher's format so that {@code audit} can count the tests.
 *
 * <p>This class never runs in Maven's JVM. {@code prepare-agent} copies it, with a
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener} entry and a
 * properties resource naming the agent directory, into {@code maprace-junit-listener.jar}, and adds
 * that jar to Surefire's test classpath; the JUnit Platform registers it through the
 * {@code ServiceLoader}. It must therefore use nothing but the JDK, the JUnit Platform launcher API
 * and the agent runtime, which the agent puts on the boot class path (so the copy the
 * instrumented code sees is the one this class sets). Without the agent it does nothing. It never
 * throws into the test run.
 */
public final class MapraceTestListener implements TestExecutionListener {
    /** Class-path resource, in the listener jar, holding {@code output=<agent directory>}. */
    public static final String SETTINGS_RESOURCE = "/io/github/maprace/plugin/maprace-listener.properties";
    private static final Object LOCK = new Object();
    private static Writer log;
    private static boolean opened;

    private final boolean active;
    private long tests;
    private long failed;

    /** Called by the {@code ServiceLoader}. */
    public MapraceTestListener() {
        boolean agent;
        try {
            TestContext.set("");
            agent = true;
        } catch (Throwable t) { // the agent runtime is not on the boot class path: no agent in this JVM
            agent = false;
        }
        this.active = agent;
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
        if (active) {
            openLog();
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (!active || !id.isTest()) {
            return;
        }
        try {
            TestContext.set(name(id));
            StringBuilder r = LogCodec.record("STARTED");
            LogCodec.field(r, "test", name(id));
            LogCodec.field(r, "uid", id.getUniqueId());
            write(r);
        } catch (Throwable t) {
            // never into the test run
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!active) {
            return;
        }
        try {
            String error = result.getThrowable().map(String::valueOf).orElse("");
            if (!id.isTest()) {
                if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                    StringBuilder r = LogCodec.record("CONTAINER_FAILED");
                    LogCodec.field(r, "test", id.getUniqueId());
                    LogCodec.field(r, "error", error);
                    write(r);
                }
                return;
            }
            tests++;
            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                failed++;
            }
            StringBuilder r = LogCodec.record("FINISHED");
            LogCodec.field(r, "test", name(id));
            LogCodec.field(r, "status", result.getStatus());
            LogCodec.field(r, "error", error);
            write(r);
            TestContext.set("");
        } catch (Throwable t) {
            // never into the test run
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!active) {
            return;
        }
        try {
            StringBuilder r = LogCodec.record("SUMMARY");
            LogCodec.field(r, "found", tests);
            LogCodec.field(r, "failed", failed);
            write(r);
        } catch (Throwable t) {
            // never into the test run
        }
    }

    /** Opens {@code tests.log} once per JVM (a JVM may run several test plans); appends after that. */
    private static void openLog() {
        synchronized (LOCK) {
            if (opened) {
                return;
            }
            opened = true;
            try (InputStream in = MapraceTestListener.class.getResourceAsStream(SETTINGS_RESOURCE)) {
                if (in == null) {
                    return;
                }
                Properties p = new Properties();
                p.load(in);
                String output = p.getProperty("output");
                if (output == null || output.isEmpty()) {
                    return;
                }
                Path dir = Path.of(output);
                Files.createDirectories(dir);
                log = Files.newBufferedWriter(dir.resolve("tests.log"), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException | RuntimeException e) {
                log = null;
            }
        }
    }

    private static void write(StringBuilder record) {
        synchronized (LOCK) {
            if (log == null) {
                return;
            }
            try {
                log.write(record.append('\n').toString());
                log.flush();
            } catch (IOException e) {
                log = null;
            }
        }
    }
}
