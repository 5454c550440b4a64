package io.github.maprace.agent.launcher;

import io.github.maprace.agent.runtime.LogCodec;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Main class of the forked test JVM: discovers the project's tests in its compiled test classes
 * and runs them through the JUnit Platform Launcher while the agent watches. Exit status 0 when
 * the run completed (whatever the tests' outcome: the plugin reads {@code tests.log}), 2 for bad
 * arguments, 3 when the run could not start.
 */
public final class TestLauncher {
    /** Surefire's default test class names: Test*, *Test, *Tests, *TestCase (nested classes too). */
    static final String DEFAULT_INCLUDE = "^(.*[.$])?(Test[^.$]*|[^.$]*Tests?|[^.$]*TestCase)$";

    private TestLauncher() {
    }

    /** Runs the tests; see the class comment for the exit status. */
    public static void main(String[] args) {
        LauncherArguments arguments;
        try {
            arguments = LauncherArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("[maprace] bad launcher arguments: " + e.getMessage());
            System.exit(2);
            return;
        }
        TestLog log;
        try {
            log = new TestLog(arguments.output());
        } catch (Throwable t) {
            System.err.println("[maprace] cannot write " + TestLog.FILE + " in " + arguments.output() + ": " + t);
            System.exit(3);
            return;
        }
        TestRecorder recorder = new TestRecorder(log);
        ExitRecord exitRecord = new ExitRecord(log, recorder);
        Runtime.getRuntime().addShutdownHook(new Thread(exitRecord, "maprace-exit-record"));
        int status;
        try {
            status = run(arguments, log, recorder);
        } catch (Throwable t) {
            System.err.println("[maprace] test run failed: " + t);
            status = 3;
        }
        exitRecord.runEnded();
        try {
            log.close();
        } catch (Throwable t) {
            System.err.println("[maprace] cannot close " + TestLog.FILE + ": " + t);
        }
        System.exit(status);
    }

    private static int run(LauncherArguments arguments, TestLog log, TestRecorder recorder) {
        Set<Path> roots = new HashSet<>();
        for (Path dir : arguments.classDirectories()) {
            if (Files.isDirectory(dir)) {
                roots.add(dir);
            }
        }
        List<DiscoverySelector> selectors = List.copyOf(DiscoverySelectors.selectClasspathRoots(roots));
        List<String> includes = arguments.includes().isEmpty() ? List.of(DEFAULT_INCLUDE) : arguments.includes();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(ClassNameFilter.includeClassNamePatterns(includes.toArray(String[]::new)));
        if (!arguments.excludes().isEmpty()) {
            request.filters(ClassNameFilter.excludeClassNamePatterns(arguments.excludes().toArray(String[]::new)));
        }
        LauncherDiscoveryRequest discovery = request.build();
        Launcher launcher;
        try {
            launcher = LauncherFactory.create();
        } catch (RuntimeException e) {
            StringBuilder r = LogCodec.record("FATAL");
            LogCodec.field(r, "error", "the JUnit Platform could not start (is a test engine such as "
                    + "junit-jupiter-engine on the test classpath?): " + e.getMessage());
            log.write(r);
            return 3;
        }
        long start = System.nanoTime();
        try {
            launcher.execute(discovery, recorder);
        } catch (Throwable t) {
            // the JUnit Platform rethrows an OutOfMemoryError out of the whole run: say which test
            StringBuilder r = LogCodec.record("ABORTED");
            LogCodec.field(r, "test", recorder.running());
            LogCodec.field(r, "error", Failures.describe(t));
            log.write(r);
            System.err.println("[maprace] the test run was aborted by " + t);
            return 4;
        }
        StringBuilder r = LogCodec.record("SUMMARY");
        LogCodec.field(r, "found", recorder.found.get());
        LogCodec.field(r, "succeeded", recorder.succeeded.get());
        LogCodec.field(r, "failed", recorder.failed.get());
        LogCodec.field(r, "aborted", recorder.aborted.get());
        LogCodec.field(r, "skipped", recorder.skipped.get());
        LogCodec.field(r, "millis", (System.nanoTime() - start) / 1_000_000);
        log.write(r);
        return 0;
    }
}
