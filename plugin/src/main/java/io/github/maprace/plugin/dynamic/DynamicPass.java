package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.AgentOptions;
import io.github.maprace.agent.launcher.LauncherArguments;
import io.github.maprace.agent.runtime.RaceLog;
import io.github.maprace.plugin.SourceLocator;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.TestRunSummary;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the project's tests in a forked JVM with the agent and turns its logs into findings.
 * Whatever the JVM managed to log before a crash or a timeout is kept.
 */
public final class DynamicPass {
    /** The launcher's main class in the agent jar. */
    public static final String LAUNCHER_MAIN = "io.github.maprace.agent.launcher.TestLauncher";
    /** Lines of the test JVM's console shown when the run broke. */
    static final int CONSOLE_TAIL_LINES = 20;
    /** The launcher's log file name in the agent output directory. */
    static final String TESTS_LOG = "tests.log";

    /**
     * What the pass needs.
     *
     * @param java               java executable of the test JVM
     * @param agentJar           the maprace agent jar
     * @param testClasspath      the project's test classpath plus, when needed, the launcher jar
     * @param testClassesDir     compiled tests to scan
     * @param workDir            working directory of the test JVM (the project base directory)
     * @param outputDirectory    where the logs go
     * @param instrumentIncludes class-name globs to instrument (empty: all project classes)
     * @param instrumentExcludes class-name globs not to instrument
     * @param testIncludes       test patterns (empty: Surefire's defaults)
     * @param testExcludes       test patterns to leave out
     * @param jvmArgs            extra JVM arguments
     * @param timeoutSeconds     kill the JVM after this long
     * @param history            stack frames kept for a race's previous access (0: none)
     */
    public record Settings(Path java, Path agentJar, List<String> testClasspath, Path testClassesDir, Path workDir,
                           Path outputDirectory, List<String> instrumentIncludes, List<String> instrumentExcludes,
                           List<String> testIncludes, List<String> testExcludes, List<String> jvmArgs,
                           long timeoutSeconds, int history) {
        /** Settings with the default history depth. */
        public Settings(Path java, Path agentJar, List<String> testClasspath, Path testClassesDir, Path workDir,
                        Path outputDirectory, List<String> instrumentIncludes, List<String> instrumentExcludes,
                        List<String> testIncludes, List<String> testExcludes, List<String> jvmArgs,
                        long timeoutSeconds) {
            this(java, agentJar, testClasspath, testClassesDir, workDir, outputDirectory, instrumentIncludes,
                    instrumentExcludes, testIncludes, testExcludes, jvmArgs, timeoutSeconds,
                    AgentOptions.DEFAULT_HISTORY);
        }
    }

    private final SourceLocator locator;

    /** @param locator maps class names in the logs to source paths */
    public DynamicPass(SourceLocator locator) {
        this.locator = locator;
    }

    /** Runs the tests and reads the results. */
    public DynamicResult run(Settings s) throws IOException, InterruptedException {
        Path agentOut = s.outputDirectory().resolve("agent");
        clearLogs(agentOut);
        AgentOptions options = new AgentOptions(agentOut, s.instrumentIncludes(), s.instrumentExcludes(), s.history());
        List<String> launcherArgs = LauncherArguments.format(agentOut, List.of(s.testClassesDir()),
                TestPatterns.toRegexes(s.testIncludes()), TestPatterns.toRegexes(s.testExcludes()));
        List<String> jvmArgs = new ArrayList<>();
        // a crashing JVM writes its hs_err file next to our logs, not into the user's project
        jvmArgs.add("-XX:ErrorFile=" + agentOut.resolve("hs_err_pid%p.log"));
        jvmArgs.addAll(s.jvmArgs());
        ForkSpec spec = new ForkSpec(s.java(), s.agentJar(), options.format(), jvmArgs, s.testClasspath(),
                LAUNCHER_MAIN, launcherArgs, s.workDir(), agentOut, s.timeoutSeconds());
        ForkOutcome outcome = ForkedTestRun.run(spec);

        RaceLogReader.Result races = new RaceLogReader(locator).read(agentOut.resolve(RaceLog.FILE));
        TestLogReader.Result tests = TestLogReader.read(agentOut.resolve(TESTS_LOG));
        Optional<Path> crashReport = crashReport(agentOut);
        Diagnosis d = diagnose(outcome, tests, s, crashReport.map(p -> shown(s.workDir(), p)).orElse(""));
        List<String> problems = new ArrayList<>();
        d.problem().ifPresent(problems::add);
        String tail = d.broken() ? tail(outcome.console()) : "";
        if (!tail.isBlank()) {
            problems.add("Last lines of the test JVM's output (" + shown(s.workDir(), outcome.console()) + "):\n"
                    + tail);
        }
        if (tests.completed() && tests.tests() == 0 && tests.classFailures().isEmpty()) {
            problems.add(noTests(s));
        }
        for (String failure : tests.classFailures()) {
            problems.add("Test class failed under the agent, its tests did not all run: " + firstLine(failure));
        }
        for (String failure : tests.failures()) {
            problems.add("Test failed under the agent: " + firstLine(failure));
        }
        if (races.agent().errors() > 0) {
            problems.add("The agent counted " + races.agent().errors() + " internal error(s) (the tests were not "
                    + "affected): " + races.agent().firstErrors());
        }
        List<Finding> findings = new ArrayList<>(races.races());
        // no wall time in the model: two runs of the same tests must write byte-identical reports
        TestRunSummary summary = new TestRunSummary(true, tests.tests(), tests.failed(), 0, races.agent().errors());
        return new DynamicResult(findings, summary, problems, d.broken(), outcome.millis());
    }

    /** Whether the run broke, and the message that names the cause and the test. */
    record Diagnosis(boolean broken, Optional<String> problem) {
        static Diagnosis ok() {
            return new Diagnosis(false, Optional.empty());
        }

        static Diagnosis broken(String problem) {
            return new Diagnosis(true, Optional.of(problem));
        }
    }

    // no final period: the mojo appends "; report: ..." to the first problem
    private static final String KEPT = "; the tests after it did not run, and the races found before are reported";

    /**
     * Names the cause of a run that did not complete: the timeout, a run that could not start, an
     * error that aborted it, {@code System.exit}, a signal, or a JVM that died without shutting down.
     *
     * @param crashReport the JVM's hs_err file as shown to the user, or empty
     */
    static Diagnosis diagnose(ForkOutcome outcome, TestLogReader.Result tests, Settings s, String crashReport) {
        String running = tests.lastStarted();
        String whileRunning = running.isEmpty() ? " before any test started" : " while running " + running;
        if (outcome.timedOut()) {
            return Diagnosis.broken("The test JVM ran past forkTimeout (" + s.timeoutSeconds() + " s) and was killed"
                    + whileRunning + stuckAt(tests.exit().map(TestLogReader.Exit::stack).orElse(""))
                    + "; raise forkTimeout if the tests need longer" + KEPT);
        }
        if (!tests.fatal().isEmpty()) {
            return Diagnosis.broken("The test run could not start: " + tests.fatal());
        }
        if (!tests.aborted().isEmpty()) {
            String hint = tests.aborted().contains("OutOfMemoryError")
                    ? " (the JUnit Platform stops the whole run on an OutOfMemoryError instead of failing the test;"
                    + " give the test JVM more heap with jvmArgs, e.g. -Xmx1g, or fix the test)"
                    : "";
            return Diagnosis.broken("The test run was aborted" + whileRunning + " by " + tests.aborted() + hint + KEPT);
        }
        if (tests.completed()) {
            return Diagnosis.ok();
        }
        Optional<TestLogReader.Exit> exit = tests.exit();
        if (exit.isPresent() && exit.get().bySystemExit()) {
            return Diagnosis.broken("The test JVM exited (System.exit(" + outcome.exitCode() + "))" + whileRunning
                    + (exit.get().caller().isEmpty() ? "" : ", called at " + exit.get().caller())
                    + "; a test must not end the JVM" + KEPT);
        }
        if (exit.isPresent()) {
            return Diagnosis.broken("The test JVM was stopped by a signal (exit status " + outcome.exitCode() + ")"
                    + whileRunning + stuckAt(exit.get().stack()) + KEPT);
        }
        return Diagnosis.broken("The test JVM died without shutting down (exit status " + outcome.exitCode()
                + describeStatus(outcome.exitCode()) + ")" + whileRunning + ": Runtime.halt(), a JVM crash"
                + (crashReport.isEmpty() ? "" : " (crash report: " + crashReport + ")")
                + " or a kill signal such as the operating system's out-of-memory killer" + KEPT);
    }

    private static String describeStatus(int status) {
        if (status > 128 && status < 160) {
            return ", which is also how signal " + (status - 128) + " looks";
        }
        return "";
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

    private static String noTests(Settings s) {
        String patterns = s.testIncludes().isEmpty()
                ? "the default test names Test*, *Test, *Tests, *TestCase; set testIncludes to select others"
                : "testIncludes " + String.join(", ", s.testIncludes());
        if (!s.testExcludes().isEmpty()) {
            patterns += ", testExcludes " + String.join(", ", s.testExcludes());
        }
        return "No tests were found in " + shown(s.workDir(), s.testClassesDir()) + " matching " + patterns
                + "; the dynamic pass ran nothing.";
    }

    /** {@code p} relative to the project directory when it is inside it, with forward slashes. */
    static String shown(Path workDir, Path p) {
        Path base = workDir.toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static Optional<Path> crashReport(Path agentOut) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(agentOut, "hs_err_pid*.log")) {
            for (Path f : files) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static void clearLogs(Path agentOut) throws IOException {
        Files.deleteIfExists(agentOut.resolve(RaceLog.FILE));
        Files.deleteIfExists(agentOut.resolve(TESTS_LOG));
        if (Files.isDirectory(agentOut)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(agentOut, "hs_err_pid*.log")) {
                for (Path f : files) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String tail(Path console) {
        try {
            // the JVM's CDS notice, printed because the agent appends its runtime to the boot class path
            List<String> lines = RaceLogReader.allLines(console).stream()
                    .filter(l -> !l.contains("Sharing is only supported for boot loader classes")).toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - CONSOLE_TAIL_LINES), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
