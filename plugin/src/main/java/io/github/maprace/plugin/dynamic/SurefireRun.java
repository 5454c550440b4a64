package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.RaceLog;
import io.github.maprace.agent.runtime.TestLogFormat;
import io.github.maprace.plugin.SourceLocator;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.TestRunSummary;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the project's Surefire executions with the agent and reads what they left: the race log,
 * the listener's test log and Surefire's XML reports. A run that broke (crash, timeout,
 * {@code System.exit}) keeps what was logged before; the build fails after the reports.
 */
final class SurefireRun {
    private final DynamicPass.Build build;
    private final Log log;
    private final SourceLocator locator;

    SurefireRun(DynamicPass.Build build, Log log, SourceLocator locator) {
        this.build = build;
        this.log = log;
        this.locator = locator;
    }

    DynamicResult run(DynamicPass.Settings s, List<SurefireExecution> executions) throws MojoExecutionException {
        try {
            DynamicPass.clearLogs(s);
        } catch (IOException e) {
            throw new MojoExecutionException("maprace: could not prepare " + s.agentDirectory() + ": " + e, e);
        }
        Path raceLog = s.agentDirectory().resolve(RaceLog.FILE);
        Path testLog = s.agentDirectory().resolve(TestLogFormat.FILE);
        long start = System.nanoTime();
        RunDiagnosis diagnosis = RunDiagnosis.ok();
        List<String> selections = new ArrayList<>();
        List<Path> reportDirs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SurefireExecution e : executions) {
            String skip = skipParameter(e);
            if (skip != null) {
                skipped.add("Surefire's " + e.executionId() + " skips its tests (" + skip + "=true)");
                continue;
            }
            Path reports = executions.size() == 1 ? s.reportsDirectory() : s.reportsDirectory().resolve(e.executionId());
            reportDirs.add(reports);
            List<String> warnings = new ArrayList<>();
            SurefireConfiguration.Changes changes = new SurefireConfiguration.Changes(s.agentArgument(),
                    s.listenerJar(), reports, s.jvmArgs(), s.jvm(), s.testIncludes(),
                    s.testExcludes());
            Xpp3Dom config = SurefireConfiguration.forAudit(e.configuration(), x -> build.evaluate(e, x), changes,
                    warnings);
            warnings.forEach(w -> log.warn("maprace: " + w));
            selections.add(selection(e, config));
            log.info("maprace: running the tests under the race detector with Surefire's " + e.executionId()
                    + " configuration (reports in " + reports + ")");
            // the agent creates the race log when it starts in the test JVM: new afterwards, the JVM started
            boolean logBefore = Files.exists(raceLog);
            RunDiagnosis.SurefireOutcome outcome = execute(e, config, reports, raceLog, s);
            if (!outcome.failure().isEmpty()) {
                log.debug("maprace: Surefire's " + e.executionId() + " execution ended with: " + outcome.failure());
            }
            RunDiagnosis d = RunDiagnosis.of(outcome, read(testLog), !logBefore && Files.exists(raceLog));
            if (d.broken()) {
                diagnosis = d;
                break;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (reportDirs.isEmpty()) {
            return DynamicResult.skipped("Dynamic pass skipped: " + String.join("; ", skipped)
                    + ", as under mvn test.");
        }
        skipped.forEach(x -> log.info("maprace: " + x));
        return results(s, raceLog, testLog, reportDirs, diagnosis, selections, millis);
    }

    private RunDiagnosis.SurefireOutcome execute(SurefireExecution e, Xpp3Dom config, Path reports, Path raceLog,
                                                 DynamicPass.Settings s) {
        long timeout = s.timeoutSeconds() > 0 ? s.timeoutSeconds()
                : parseLong(SurefireConfiguration.value(config, "forkedProcessTimeoutInSeconds", x -> build.evaluate(e, x)));
        String source = s.timeoutSeconds() > 0 ? "forkTimeout" : "Surefire's forkedProcessTimeoutInSeconds";
        try (RunProgress progress = new RunProgress(reports, raceLog, build.parallelModuleName(), log::info)) {
            build.execute(e, config);
            return RunDiagnosis.SurefireOutcome.completed(timeout, source);
        } catch (MojoFailureException ex) {
            return new RunDiagnosis.SurefireOutcome(messages(ex), false, timeout, source);
        } catch (MojoExecutionException | RuntimeException ex) {
            return new RunDiagnosis.SurefireOutcome(messages(ex), true, timeout, source);
        }
    }

    private DynamicResult results(DynamicPass.Settings s, Path raceLog, Path testLog, List<Path> reportDirs,
                                  RunDiagnosis diagnosis, List<String> selections, long millis) {
        List<String> problems = new ArrayList<>();
        diagnosis.problem().ifPresent(problems::add);
        RaceLogReader.Result races;
        TestLogReader.Result tests;
        SurefireReports.Summary reports;
        try {
            races = new RaceLogReader(locator).read(raceLog);
            tests = read(testLog);
            reports = SurefireReports.read(reportDirs);
        } catch (IOException e) {
            problems.add("Could not read the results of the audited run in " + s.agentDirectory() + ": " + e);
            return new DynamicResult(List.of(), TestRunSummary.NOT_RUN, problems, true, millis);
        }
        if (!diagnosis.broken() && reports.tests() == 0 && tests.tests() == 0) {
            problems.add("No tests ran under the race detector: " + String.join("; ", selections)
                    + " selected none (Surefire's includes, or maprace's testIncludes, select others); the dynamic "
                    + "pass ran nothing.");
        }
        for (String failure : tests.classFailures()) {
            problems.add("Test class failed under the agent, its tests did not all run: "
                    + RunDiagnosis.firstLine(failure));
        }
        // the listener's lines name the cause and the project frame; Surefire's reports cover every provider
        RunProblems.testFailures(tests.tests() > 0 ? tests.failures() : reports.failures(), problems);
        RunProblems.logAgent(races.agent(), log);
        RunProblems.agentErrors(races.agent(), problems);
        long ran = Math.max(reports.tests(), tests.tests());
        long failed = reports.tests() > 0 ? reports.failed() : tests.failed();
        List<Finding> findings = new ArrayList<>(races.races());
        // no wall time in the model: two runs of the same tests must write byte-identical reports
        TestRunSummary summary = new TestRunSummary(true, ran, failed, 0, races.agent().errors(),
                RunProblems.seedOf(races.agent()));
        return new DynamicResult(findings, summary, problems, diagnosis.broken(), millis,
                races.coverageMeasured() ? races.coverage() : null);
    }

    /** The Surefire parameter that makes {@code e} skip its tests, or null. */
    private String skipParameter(SurefireExecution e) {
        for (String p : new String[] {"skip", "skipTests", "skipExec"}) {
            String v = SurefireConfiguration.value(e.configuration() == null ? new Xpp3Dom("configuration")
                    : e.configuration(), p, x -> build.evaluate(e, x));
            if (v != null && "true".equalsIgnoreCase(v.trim())) {
                return p;
            }
        }
        return null;
    }

    /** How the execution selects tests, for the "no tests ran" message. */
    private String selection(SurefireExecution e, Xpp3Dom config) {
        String test = SurefireConfiguration.value(config, "test", x -> build.evaluate(e, x));
        if (test != null && !test.isBlank()) {
            return "Surefire's " + e.executionId() + " with -Dtest=" + test;
        }
        Xpp3Dom includes = config.getChild("includes");
        List<String> patterns = new ArrayList<>();
        if (includes != null) {
            for (Xpp3Dom i : includes.getChildren()) {
                if (i.getValue() != null) {
                    patterns.add(i.getValue().trim());
                }
            }
        }
        return "Surefire's " + e.executionId() + " in " + DynamicPass.shown(build.baseDir(), build.testClassesDirectory())
                + (patterns.isEmpty() ? " with its default includes (**/Test*.java, **/*Test.java, **/*Tests.java, "
                + "**/*TestCase.java)" : " with includes " + String.join(", ", patterns));
    }

    private static TestLogReader.Result read(Path testLog) {
        try {
            return TestLogReader.read(testLog);
        } catch (IOException e) {
            return new TestLogReader.Result(false, false, 0, 0, List.of(), List.of(), "", Optional.empty());
        }
    }

    /** The message of {@code t} and of each cause, one per line, without repeats. */
    static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable c = t; c != null && seen.put(c, true) == null; c = c.getCause()) {
            String m = c.getMessage();
            if (m != null && !m.isBlank() && sb.indexOf(m) < 0) {
                sb.append(sb.length() == 0 ? "" : "\n").append(m);
            } else if (m == null) {
                sb.append(sb.length() == 0 ? "" : "\n").append(c.getClass().getName());
            }
        }
        return sb.toString();
    }

    private static long parseLong(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
