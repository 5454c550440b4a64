package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.agent.runtime.TestLogFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code tests.log} ({@link TestLogFormat}), written by the maprace JUnit listener in every
 * test JVM of a run: outcome counts, failures, the test left running, and how a run that did not
 * complete ended. Tolerates a log cut short by a JVM that died mid-write.
 */
public final class TestLogReader {
    /**
     * The listener's shutdown hook ran while a test plan was running.
     *
     * @param cause        {@code exit} (a thread called {@code System.exit}/{@code Runtime.exit}),
     *                     {@code timeout} (the agent's fork timeout) or {@code signal} (stopped from
     *                     outside)
     * @param caller       the frame that called {@code exit}, or empty
     * @param test         the test (or test class) running then, or empty
     * @param stack        frames of that test's thread, one per line, or empty
     */
    public record Exit(String cause, String caller, String test, String stack) {
        /** A thread of the tests called {@code exit}. */
        public boolean bySystemExit() {
            return "exit".equals(cause);
        }

        /** The agent's fork timeout ended the JVM. */
        public boolean timedOut() {
            return "timeout".equals(cause);
        }
    }

    /**
     * What the log says.
     *
     * @param started       true when any test or test class started
     * @param completed     true when a test plan reached its summary and no JVM shut down in the middle
     * @param tests         tests that finished
     * @param failed        tests that failed
     * @param failures      one line per failed test: {@code Class#method: error}
     * @param classFailures one line per failed test class (or other container): {@code Class: error}
     * @param lastStarted   the tests running when the log ended (comma-separated), else the test
     *                      classes being set up, or empty
     * @param exit          set when the JVM shut down in the middle of the run
     */
    public record Result(boolean started, boolean completed, long tests, long failed, List<String> failures,
                         List<String> classFailures, String lastStarted, Optional<Exit> exit) {
        public Result {
            failures = List.copyOf(failures);
            classFailures = List.copyOf(classFailures);
        }
    }

    private TestLogReader() {
    }

    /** Reads {@code file}; a missing file reads as a run that never started. */
    public static Result read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Result(false, false, 0, 0, List.of(), List.of(), "", Optional.empty());
        }
        boolean started = false;
        boolean completed = false;
        long tests = 0;
        long failed = 0;
        List<String> failures = new ArrayList<>();
        List<String> classFailures = new ArrayList<>();
        Set<String> runningTests = new LinkedHashSet<>();
        Set<String> runningClasses = new LinkedHashSet<>();
        Exit exit = null;
        for (String line : RaceLogReader.completeLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> f = LogCodec.fields(line);
            String test = f.getOrDefault("test", "");
            switch (LogCodec.type(line)) {
                case TestLogFormat.STARTED -> {
                    started = true;
                    runningTests.add(test);
                }
                case TestLogFormat.FINISHED -> {
                    tests++;
                    runningTests.remove(test);
                    if ("FAILED".equals(f.get("status"))) {
                        failed++;
                        failures.add(test + ": " + f.getOrDefault("error", ""));
                    }
                }
                case TestLogFormat.CONTAINER_STARTED -> {
                    started = true;
                    runningClasses.add(test);
                }
                case TestLogFormat.CONTAINER_FINISHED -> {
                    runningClasses.remove(test);
                    if ("FAILED".equals(f.get("status"))) {
                        classFailures.add(test + ": " + f.getOrDefault("error", ""));
                    }
                }
                case TestLogFormat.SUMMARY -> completed = true;
                case TestLogFormat.EXITED -> exit = new Exit(f.getOrDefault("cause", "signal"), f.getOrDefault("caller", ""),
                        test, f.getOrDefault("stack", ""));
                default -> { }
            }
        }
        String running;
        if (exit != null && !exit.test().isEmpty()) {
            running = exit.test();
        } else {
            running = String.join(", ", runningTests.isEmpty() ? runningClasses : runningTests);
        }
        return new Result(started, completed && exit == null, tests, failed, failures, classFailures, running,
                Optional.ofNullable(exit));
    }
}
