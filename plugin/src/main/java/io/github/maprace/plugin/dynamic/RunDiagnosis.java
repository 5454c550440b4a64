package io.github.maprace.plugin.dynamic;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the audited Surefire run broke, and the message that names the cause and the test: a
 * timeout, {@code System.exit}, a signal, an error that aborted the run, or a JVM that died
 * without shutting down. Reads what Surefire threw and what the test listener logged.
 *
 * @param broken  true when the run did not complete: the build fails after the reports are written
 * @param problem the message, or empty
 */
public record RunDiagnosis(boolean broken, Optional<String> problem) {
    // no final period: the mojo appends "; report: ..." to the first problem
    private static final String KEPT = "; the tests after it did not run, and the races found before are reported";
    private static final Pattern EXIT_CODE = Pattern.compile("Process Exit Code: (-?\\d+)");

    /**
     * How Surefire's execution ended.
     *
     * @param failure         the message of what it threw (with its causes), or empty when it returned
     * @param executionError  true for a {@code MojoExecutionException} (a fork that broke), false for
     *                        a {@code MojoFailureException} (test failures, a timeout)
     * @param timeoutSeconds  the fork timeout in force (0: none)
     * @param timeoutSource   which parameter set it, for the message
     */
    public record SurefireOutcome(String failure, boolean executionError, long timeoutSeconds, String timeoutSource) {
        /** Surefire returned normally. */
        public static SurefireOutcome completed(long timeoutSeconds, String timeoutSource) {
            return new SurefireOutcome("", false, timeoutSeconds, timeoutSource);
        }

        boolean timedOut() {
            return timeoutSeconds > 0 && failure.toLowerCase(Locale.ROOT).contains("timeout");
        }

        boolean outOfMemory() {
            return !outOfMemoryError().isEmpty();
        }

        /** {@code java.lang.OutOfMemoryError: Java heap space} as Surefire reported it, or empty. */
        String outOfMemoryError() {
            for (String line : failure.split("\n")) {
                int at = line.indexOf("java.lang.OutOfMemoryError");
                if (at >= 0) {
                    return line.substring(at).trim();
                }
            }
            for (String reason : new String[] {"Java heap space", "GC overhead limit exceeded", "Metaspace"}) {
                if (failure.contains(reason)) {
                    return "java.lang.OutOfMemoryError: " + reason;
                }
            }
            return "";
        }

        /** The fork's exit status when Surefire names it, else -1. */
        int exitCode() {
            Matcher m = EXIT_CODE.matcher(failure);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
    }

    static RunDiagnosis ok() {
        return new RunDiagnosis(false, Optional.empty());
    }

    static RunDiagnosis broken(String problem) {
        return new RunDiagnosis(true, Optional.of(problem));
    }

    /** Diagnoses one run from Surefire's outcome and the test log, not knowing whether the test JVM started. */
    public static RunDiagnosis of(SurefireOutcome outcome, TestLogReader.Result tests) {
        return of(outcome, tests, false);
    }

    /**
     * Diagnoses one run from Surefire's outcome and the test log.
     *
     * @param jvmStarted true when the agent is known to have run in the test JVM (it created the
     *                   race log): a run without test progress then did not fail to start
     */
    public static RunDiagnosis of(SurefireOutcome outcome, TestLogReader.Result tests, boolean jvmStarted) {
        String running = tests.lastStarted();
        String whileRunning = running.isEmpty() ? " before any test started" : " while running " + running;
        Optional<TestLogReader.Exit> exit = tests.exit();
        String stack = exit.map(TestLogReader.Exit::stack).orElse("");
        if (outcome.timedOut() || exit.map(TestLogReader.Exit::timedOut).orElse(false)) {
            return broken("The test JVM ran past " + outcome.timeoutSource() + " (" + outcome.timeoutSeconds()
                    + " s) and was killed" + whileRunning + stuckAt(stack) + "; raise " + outcome.timeoutSource()
                    + " if the tests need longer" + KEPT);
        }
        String error = outcome.failure();
        if (outcome.outOfMemory()) {
            return broken("The test run was aborted" + whileRunning + " by " + outcome.outOfMemoryError()
                    + " (the JUnit Platform stops the whole run on an OutOfMemoryError instead of failing the test;"
                    + " give the test JVM more heap with jvmArgs, e.g. -Xmx1g, or in Surefire's argLine, or fix the"
                    + " test)" + KEPT);
        }
        if (exit.isPresent() && exit.get().bySystemExit()) {
            int status = outcome.exitCode();
            return broken("The test JVM exited (System.exit(" + (status < 0 ? "" : status) + "))" + whileRunning
                    + (exit.get().caller().isEmpty() ? "" : ", called at " + exit.get().caller())
                    + "; a test must not end the JVM" + KEPT);
        }
        if (!outcome.executionError()) {
            return exit.isPresent()
                    ? broken("The test JVM was stopped by a signal" + whileRunning + stuckAt(stack) + KEPT)
                    : ok();
        }
        if (exit.isPresent()) {
            return broken("The test JVM was stopped by a signal" + describeStatus(outcome.exitCode()) + whileRunning
                    + stuckAt(stack) + KEPT);
        }
        if (!tests.started() && jvmStarted) {
            // Surefire says "Error occurred in starting fork" for any fork that broke, started or not
            return broken("The test JVM ended without completing the run" + describeStatus(outcome.exitCode())
                    + ": " + firstLine(error) + " (it had started: the agent was running in it; no test progress was"
                    + " recorded, as before the first test or under a test framework other than the JUnit Platform,"
                    + " such as TestNG: a kill, a crash or a hang stopped by a timeout outside Maven)" + KEPT);
        }
        if (!tests.started()) {
            return broken("Surefire could not run the tests under the agent: " + firstLine(error)
                    + (error.contains("Error occurred in starting fork") ? " (the test JVM did not start: see the "
                    + "JVM's own message above it in the build log)" : ""));
        }
        return broken("The test JVM died without shutting down" + describeStatus(outcome.exitCode()) + whileRunning
                + ": Runtime.halt(), a JVM crash or a kill signal such as the operating system's out-of-memory "
                + "killer" + KEPT);
    }

    private static String describeStatus(int status) {
        if (status < 0) {
            return "";
        }
        return " (exit status " + status + (status > 128 && status < 160
                ? ", which is also how signal " + (status - 128) + " looks)" : ")");
    }

    /** {@code ; it was at com.acme.FooTest.waits(FooTest.java:12)}: the first frame in project code. */
    static String stuckAt(String stack) {
        if (stack.isEmpty()) {
            return "";
        }
        String[] frames = stack.split("\n");
        for (String f : frames) {
            if (!f.startsWith("java.") && !f.startsWith("jdk.") && !f.startsWith("sun.")
                    && !f.startsWith("org.junit.") && !f.startsWith("io.github.maprace.")) {
                return " (it was at " + f + (f.equals(frames[0]) ? "" : ", in " + frames[0]) + ")";
            }
        }
        return " (it was in " + frames[0] + ")";
    }

    /** The first line of {@code s} that is not blank. */
    static String firstLine(String s) {
        for (String line : s.split("\n")) {
            if (!line.isBlank()) {
                return line.trim();
            }
        }
        return "";
    }
}
