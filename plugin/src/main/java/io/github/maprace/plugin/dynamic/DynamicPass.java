package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.AgentOptions;
import io.github.maprace.agent.launcher.LauncherArguments;
import io.github.maprace.plugin.SourceLocator;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.TestRunSummary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the project's tests in a forked JVM with the agent and turns its logs into findings.
 * Whatever the JVM managed to log before a crash or a timeout is kept.
 */
public final class DynamicPass {
    /** The launcher's main class in the agent jar. */
    public static final String LAUNCHER_MAIN = "io.github.maprace.agent.launcher.TestLauncher";
    private static final int CONSOLE_TAIL_LINES = 20;

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
     */
    public record Settings(Path java, Path agentJar, List<String> testClasspath, Path testClassesDir, Path workDir,
                           Path outputDirectory, List<String> instrumentIncludes, List<String> instrumentExcludes,
                           List<String> testIncludes, List<String> testExcludes, List<String> jvmArgs,
                           long timeoutSeconds) {
    }

    private final SourceLocator locator;

    /** @param locator maps class names in the logs to source paths */
    public DynamicPass(SourceLocator locator) {
        this.locator = locator;
    }

    /** Runs the tests and reads the results. */
    public DynamicResult run(Settings s) throws IOException, InterruptedException {
        Path agentOut = s.outputDirectory().resolve("agent");
        deleteIfExists(agentOut.resolve(io.github.maprace.agent.runtime.RaceLog.FILE));
        deleteIfExists(agentOut.resolve("tests.log"));
        AgentOptions options = new AgentOptions(agentOut, s.instrumentIncludes(), s.instrumentExcludes());
        List<String> launcherArgs = LauncherArguments.format(agentOut, List.of(s.testClassesDir()),
                TestPatterns.toRegexes(s.testIncludes()), TestPatterns.toRegexes(s.testExcludes()));
        ForkSpec spec = new ForkSpec(s.java(), s.agentJar(), options.format(), s.jvmArgs(), s.testClasspath(),
                LAUNCHER_MAIN, launcherArgs, s.workDir(), agentOut, s.timeoutSeconds());
        ForkOutcome outcome = ForkedTestRun.run(spec);

        RaceLogReader.Result races = new RaceLogReader(locator).read(agentOut.resolve("races.log"));
        TestLogReader.Result tests = TestLogReader.read(agentOut.resolve("tests.log"));
        List<String> problems = new ArrayList<>();
        boolean broken = false;
        String console = "see " + outcome.console();
        if (outcome.timedOut()) {
            broken = true;
            problems.add("The test JVM ran past forkTimeout (" + s.timeoutSeconds() + " s) and was killed"
                    + (tests.lastStarted().isEmpty() ? "" : " while running " + tests.lastStarted())
                    + "; races found before that are reported (" + console + ").");
        } else if (!tests.fatal().isEmpty()) {
            broken = true;
            problems.add("The test run could not start: " + tests.fatal());
        } else if (!tests.completed()) {
            broken = true;
            problems.add("The test JVM exited with status " + outcome.exitCode() + " before the test run finished"
                    + (tests.lastStarted().isEmpty() ? "" : "; the test running was " + tests.lastStarted())
                    + " (System.exit, a crash or an OutOfMemoryError?); races found before that are reported. "
                    + "Last output:\n" + tail(outcome.console()));
        }
        if (tests.completed() && tests.tests() == 0) {
            problems.add("No tests were found in " + s.testClassesDir() + " (test patterns: "
                    + (s.testIncludes().isEmpty() ? "defaults" : String.join(", ", s.testIncludes())) + ").");
        }
        for (String failure : tests.failures()) {
            problems.add("Test failed under the agent: " + firstLine(failure));
        }
        if (races.agent().errors() > 0) {
            problems.add("The agent counted " + races.agent().errors() + " internal error(s) (the tests were not "
                    + "affected): " + races.agent().firstErrors());
        }
        List<Finding> findings = new ArrayList<>(races.races());
        TestRunSummary summary = new TestRunSummary(true, tests.tests(), tests.failed(), outcome.millis(),
                races.agent().errors());
        return new DynamicResult(findings, summary, problems, broken);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String tail(Path console) {
        try {
            List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - CONSOLE_TAIL_LINES), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void deleteIfExists(Path p) throws IOException {
        Files.deleteIfExists(p);
    }
}
