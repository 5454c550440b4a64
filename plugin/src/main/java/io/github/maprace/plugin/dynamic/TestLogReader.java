package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.LogCodec;

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
 * Reads the launcher's {@code tests.log}: outcome counts, failures, the test left running, and how
 * a run that did not complete ended. Tolerates a log cut short by a JVM that died mid-write.
 */
public final class TestLogReader {
    /**
     * The launcher's shutdown hook ran before the run ended.
     *
     * @param bySystemExit true when a thread called {@code System.exit}/{@code Runtime.exit}; false
     *                     when the JVM was stopped from outside (a signal, the plugin's timeout)
     * @param caller       the frame that called {@code exit}, or empty
     * @param test         the test (or test class) running then, or empty
     * @param stack        frames of that test's thread, one per line, or empty
     */
    public record Exit(boolean bySystemExit, String caller, String test, String stack) {
    }

    /**
     * What the log says.
     *
     * @param completed     true when the run reached its summary
     * @param found         tests discovered (from the summary; 0 when the run did not complete)
     * @param tests         tests that finished
     * @param failed        tests that failed
     * @param failures      one line per failed test: {@code Class#method: error}
     * @param classFailures one line per failed test class (or other container): {@code Class: error}
     * @param lastStarted   the tests running when the log ended (comma-separated), else the test
     *                      classes being set up, or empty
     * @param fatal         why the run could not start, or empty
     * @param aborted       the error that aborted the run (e.g. an OutOfMemoryError), or empty
     * @param exit          set when the JVM shut down in the middle of the run
     */
    public record Result(boolean completed, long found, long tests, long failed, List<String> failures,
                         List<String> classFailures, String lastStarted, String fatal, String aborted,
                         Optional<Exit> exit) {
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
            return new Result(false, 0, 0, 0, List.of(), List.of(), "", "", "", Optional.empty());
        }
        boolean completed = false;
        long found = 0;
        long tests = 0;
        long failed = 0;
        List<String> failures = new ArrayList<>();
        List<String> classFailures = new ArrayList<>();
        Set<String> runningTests = new LinkedHashSet<>();
        Set<String> runningClasses = new LinkedHashSet<>();
        String fatal = "";
        String aborted = "";
        String abortedTest = "";
        Exit exit = null;
        for (String line : RaceLogReader.completeLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> f = LogCodec.fields(line);
            String test = f.getOrDefault("test", "");
            switch (LogCodec.type(line)) {
                case "STARTED" -> runningTests.add(test);
                case "FINISHED" -> {
                    tests++;
                    runningTests.remove(test);
                    if ("FAILED".equals(f.get("status"))) {
                        failed++;
                        failures.add(test + ": " + f.getOrDefault("error", ""));
                    }
                }
                case "CONTAINER_STARTED" -> runningClasses.add(test);
                // older launchers and the prepare-agent listener log only the failure, by unique id
                case "CONTAINER_FAILED" -> classFailures.add(test + ": " + f.getOrDefault("error", ""));
                case "CONTAINER_FINISHED" -> {
                    runningClasses.remove(test);
                    if ("FAILED".equals(f.get("status"))) {
                        classFailures.add(test + ": " + f.getOrDefault("error", ""));
                    }
                }
                case "SUMMARY" -> {
                    completed = true;
                    found = parseLong(f.get("found"));
                }
                case "FATAL" -> fatal = f.getOrDefault("error", "");
                case "ABORTED" -> {
                    aborted = f.getOrDefault("error", "");
                    abortedTest = test;
                }
                case "EXITED" -> exit = new Exit("exit".equals(f.get("cause")), f.getOrDefault("caller", ""), test,
                        f.getOrDefault("stack", ""));
                default -> { }
            }
        }
        String running;
        if (!abortedTest.isEmpty()) {
            running = abortedTest;
        } else if (exit != null && !exit.test().isEmpty()) {
            running = exit.test();
        } else {
            running = String.join(", ", runningTests.isEmpty() ? runningClasses : runningTests);
        }
        return new Result(completed, found, tests, failed, failures, classFailures, running, fatal, aborted,
                Optional.ofNullable(exit));
    }

    private static long parseLong(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
