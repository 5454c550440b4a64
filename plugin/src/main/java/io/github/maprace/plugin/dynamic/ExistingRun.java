package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.RaceLog;
import io.github.maprace.agent.runtime.TestLogFormat;
import io.github.maprace.plugin.SourceLocator;
import org.apache.maven.plugin.logging.Log;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.TestRunSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A test run that already happened under the agent: {@code prepare-agent} put the agent into
 * Surefire's (or Failsafe's) {@code argLine}, so {@code audit} reads that run's {@code races.log}
 * instead of running the tests again. Decides whether such a run is there and reads it.
 */
public final class ExistingRun {
    /** Key of the project context value that tells {@code audit} prepare-agent ran (the agent directory). */
    public static final String CONTEXT_KEY = "io.github.maprace.prepare-agent";
    /** File name of the marker {@code prepare-agent} writes into the agent directory. */
    public static final String MARKER = "prepare-agent.properties";

    /** The {@code useExistingRun} parameter. */
    public enum Mode {
        /** Use the run of {@code prepare-agent} when it is there and fresh, else run Surefire under the audit. */
        AUTO,
        /** Always read the existing run; fail when there is none. */
        TRUE,
        /** Always run Surefire under the audit. */
        FALSE;

        /**
         * Parses {@code auto}, {@code true} or {@code false} (any case; blank means auto).
         *
         * @throws IllegalArgumentException for anything else
         */
        public static Mode parse(String text) {
            String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "", "auto" -> AUTO;
                case "true" -> TRUE;
                case "false" -> FALSE;
                default -> throw new IllegalArgumentException("useExistingRun must be auto, true or false, not '"
                        + text + "'");
            };
        }
    }

    /**
     * The decision.
     *
     * @param use    read the existing run
     * @param reason why (logged), or a warning when {@code use} is false after a prepare-agent
     */
    public record Decision(boolean use, String reason) {
    }

    private ExistingRun() {
    }

    /**
     * Whether to read the existing run in {@code agentDir}.
     *
     * @param preparedThisBuild  prepare-agent ran for this project in this Maven session
     * @param buildStartMillis   when this Maven session started
     * @param agentDir           where the agent wrote its logs
     * @param testClassesDir     the compiled tests (a race log older than them is stale)
     * @throws IllegalStateException for {@link Mode#TRUE} without a race log, naming what to do
     */
    public static Decision decide(Mode mode, boolean preparedThisBuild, long buildStartMillis, Path agentDir,
                                  Path testClassesDir) {
        if (mode == Mode.FALSE) {
            return new Decision(false, "useExistingRun=false");
        }
        Path races = agentDir.resolve(RaceLog.FILE);
        Path marker = agentDir.resolve(MARKER);
        boolean hasLog = Files.isRegularFile(races);
        if (mode == Mode.TRUE) {
            if (!hasLog) {
                throw new IllegalStateException("useExistingRun=true but there is no " + races + ": run the tests "
                        + "with maprace:prepare-agent first (e.g. mvn verify with prepare-agent and audit executions)");
            }
            return new Decision(true, "useExistingRun=true");
        }
        if (!preparedThisBuild && !Files.isRegularFile(marker)) {
            return new Decision(false, "no prepare-agent run");
        }
        long logTime = hasLog ? modified(races) : -1;
        long notBefore = preparedThisBuild ? buildStartMillis : Math.max(modified(marker), newest(testClassesDir));
        if (hasLog && logTime >= notBefore) {
            return new Decision(true, preparedThisBuild ? "prepare-agent ran in this build"
                    : "the race log of an earlier prepare-agent run is newer than the compiled tests");
        }
        if (preparedThisBuild) {
            return new Decision(false, "maprace:prepare-agent ran, but no test JVM wrote " + races + " in this build "
                    + "(were the tests skipped, or is Surefire's argLine configured without @{argLine}?); running "
                    + "the tests under the audit instead");
        }
        return new Decision(false, "the race log of the earlier prepare-agent run is stale");
    }

    /**
     * Reads the existing run's results.
     *
     * @param log receives what is worth a log line but is not a report problem: a warning when the
     *            tests were not identified, and the detector's memory line
     */
    public static DynamicResult read(SourceLocator locator, Path agentDir, Log log) throws IOException {
        RaceLogReader.Result races = new RaceLogReader(locator).read(agentDir.resolve(RaceLog.FILE));
        Path testsLog = agentDir.resolve(TestLogFormat.FILE);
        List<String> problems = new ArrayList<>();
        long tests = 0;
        long failed = 0;
        if (Files.isRegularFile(testsLog)) { // prepare-agent deleted any older one
            TestLogReader.Result t = TestLogReader.read(testsLog);
            tests = t.tests();
            failed = t.failed();
            if (!t.completed()) {
                problems.add("The test run under prepare-agent did not finish"
                        + (t.lastStarted().isEmpty() ? "" : "; the test running was " + t.lastStarted())
                        + "; races found before that are reported.");
            }
            RunProblems.testFailures(t.failures(), problems);
        } else {
            log.warn("maprace: The tests of the prepare-agent run were not identified (no " + testsLog + "): races are "
                    + "reported without test names. The JUnit Platform listener is added through Surefire's "
                    + "maven.test.additionalClasspath; it is missing when additionalClasspathElements is configured "
                    + "in the pom or the tests do not run on the JUnit Platform.");
        }
        RunProblems.logAgent(races.agent(), log);
        RunProblems.agentErrors(races.agent(), problems);
        List<Finding> findings = new ArrayList<>(races.races());
        return new DynamicResult(findings, new TestRunSummary(true, tests, failed, 0, races.agent().errors(),
                RunProblems.seedOf(races.agent())),
                problems, false, 0, races.coverageMeasured() ? races.coverage() : null);
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The newest modification time of any file under {@code dir}, or -1. */
    static long newest(Path dir) {
        if (!Files.isDirectory(dir)) {
            return -1;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(ExistingRun::modified).max().orElse(-1);
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }
}
