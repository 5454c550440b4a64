package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.RaceLog;
import io.github.maprace.agent.runtime.TestLogFormat;
import io.github.maprace.plugin.SourceLocator;
import io.github.maprace.plugin.model.TestRunSummary;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dynamic pass: reads the test run {@code prepare-agent} instrumented when there is one, else
 * runs the project's own Surefire executions with the agent added ({@link SurefireConfiguration}),
 * and turns the agent's and Surefire's output into a {@link DynamicResult}. Whatever a run that
 * broke managed to log is kept.
 */
public final class DynamicPass {
    /** The oldest Surefire the audit runs: JUnit Platform provider, {@code @{...}} in argLine. */
    public static final String MINIMUM_SUREFIRE = "2.22.0";

    /** What the pass needs of the Maven build. */
    public interface Build {
        /** The project's packaging ({@code jar}, {@code pom}, ...). */
        String packaging();

        /** The project base directory. */
        Path baseDir();

        /** The compiled tests. */
        Path testClassesDirectory();

        /** True when {@code prepare-agent} ran for this project in this Maven session. */
        boolean preparedThisBuild();

        /** When the Maven session started (epoch millis). */
        long buildStartMillis();

        /** The module's name when the build runs modules in parallel ({@code -T}), else empty. */
        String parallelModuleName();

        /** The Surefire {@code test} executions Maven plans for this project up to the {@code test} phase. */
        List<SurefireExecution> surefireExecutions() throws MojoExecutionException;

        /** Evaluates a {@code ${...}} expression for {@code execution}; null when undefined. */
        String evaluate(SurefireExecution execution, String expression);

        /** Runs {@code execution} with {@code configuration} instead of its own. */
        void execute(SurefireExecution execution, Xpp3Dom configuration)
                throws MojoExecutionException, MojoFailureException;
    }

    /**
     * The dynamic part of the audit's settings.
     *
     * @param agentArgument  {@code -javaagent:...} with this audit's options (the fork timeout included)
     * @param listenerJar    the maprace JUnit listener jar
     * @param outputDirectory where reports go (the agent's logs go to its {@code agent} subdirectory)
     * @param useExistingRun whether to read a prepare-agent run
     * @param jvmArgs        extra JVM arguments
     * @param timeoutSeconds the fork timeout the agent enforces (0: none, Surefire's own applies)
     * @param jvm            java executable overriding Surefire's, or null
     * @param testIncludes   includes overriding Surefire's, or empty
     * @param testExcludes   excludes overriding Surefire's, or empty
     */
    public record Settings(String agentArgument, Path listenerJar, Path outputDirectory,
                           ExistingRun.Mode useExistingRun, List<String> jvmArgs, long timeoutSeconds, Path jvm,
                           List<String> testIncludes, List<String> testExcludes) {
        public Settings {
            jvmArgs = List.copyOf(jvmArgs);
            testIncludes = List.copyOf(testIncludes);
            testExcludes = List.copyOf(testExcludes);
        }

        /** Where the agent writes {@code races.log} and the listener {@code tests.log}. */
        public Path agentDirectory() {
            return outputDirectory.resolve("agent");
        }

        /** Where the audited run's Surefire reports go. */
        public Path reportsDirectory() {
            return outputDirectory.resolve("surefire-reports");
        }
    }

    private final Build build;
    private final Log log;

    public DynamicPass(Build build, Log log) {
        this.build = build;
        this.log = log;
    }

    /** Runs (or reads) the tests under the race detector. */
    public DynamicResult run(Settings s, SourceLocator locator) throws MojoExecutionException {
        if ("pom".equals(build.packaging())) {
            log.info("maprace: no tests to run in a project of packaging pom");
            return DynamicResult.skipped(null);
        }
        Path testClasses = build.testClassesDirectory();
        if (!Files.isDirectory(testClasses)) {
            return DynamicResult.skipped("Dynamic pass skipped: no compiled tests in " + testClasses
                    + " (run 'mvn test-compile maprace:audit' or bind the goal to verify).");
        }
        ExistingRun.Decision decision;
        try {
            decision = ExistingRun.decide(s.useExistingRun(), build.preparedThisBuild(), build.buildStartMillis(),
                    s.agentDirectory(), testClasses);
        } catch (IllegalStateException e) {
            throw new MojoExecutionException("maprace: " + e.getMessage(), e);
        }
        if (decision.use()) {
            log.info("maprace: reading the race detector's results of the test run under prepare-agent from "
                    + s.agentDirectory() + " (" + decision.reason() + ")");
            try {
                return ExistingRun.read(locator, s.agentDirectory(), log);
            } catch (IOException e) {
                return new DynamicResult(List.of(), TestRunSummary.NOT_RUN,
                        List.of("Could not read the prepare-agent run in " + s.agentDirectory() + ": " + e.getMessage()),
                        true);
            }
        }
        if (build.preparedThisBuild()) {
            log.warn("maprace: " + decision.reason());
        }
        List<SurefireExecution> executions = build.surefireExecutions();
        if (executions.isEmpty()) {
            return DynamicResult.skipped("Dynamic pass skipped: the build of this project has no "
                    + "maven-surefire-plugin test execution (packaging " + build.packaging() + ").");
        }
        for (SurefireExecution e : executions) {
            checkVersion(e);
        }
        return new SurefireRun(build, log, locator).run(s, executions);
    }

    private static void checkVersion(SurefireExecution e) throws MojoExecutionException {
        if (new ComparableVersion(e.version()).compareTo(new ComparableVersion(MINIMUM_SUREFIRE)) < 0) {
            throw new MojoExecutionException("maprace: maven-surefire-plugin " + e.version() + " (execution "
                    + e.executionId() + ") is older than " + MINIMUM_SUREFIRE + ", the oldest the audit runs the tests "
                    + "with; pin a current one in the pom (<artifactId>maven-surefire-plugin</artifactId>"
                    + "<version>3.5.4</version>), as Maven's default for your Maven version is old");
        }
    }

    /** Removes what an earlier run left in the agent directory and the reports directory. */
    static void clearLogs(Settings s) throws IOException {
        Path agentDir = s.agentDirectory();
        Files.createDirectories(agentDir);
        Files.deleteIfExists(agentDir.resolve(RaceLog.FILE));
        Files.deleteIfExists(agentDir.resolve(TestLogFormat.FILE));
        Files.deleteIfExists(agentDir.resolve(ExistingRun.MARKER));
        deleteTree(s.reportsDirectory());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(agentDir, "hs_err_pid*.log")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** {@code p} relative to {@code base} when it is inside it, with forward slashes. */
    static String shown(Path base, Path p) {
        Path b = base.toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(b) ? b.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
