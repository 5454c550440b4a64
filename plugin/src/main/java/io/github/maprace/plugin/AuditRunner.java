package io.github.maprace.plugin;

import io.github.maprace.plugin.analysis.StaticAnalyzer;
import io.github.maprace.plugin.analysis.StaticResult;
import io.github.maprace.plugin.baseline.Baseline;
import io.github.maprace.plugin.baseline.SarifBaselineStates;
import io.github.maprace.plugin.dynamic.ConcurrencyCoverage;
import io.github.maprace.plugin.dynamic.DynamicResult;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.SharedMap;
import io.github.maprace.plugin.model.Verdict;
import io.github.maprace.plugin.report.ConsoleSummary;
import io.github.maprace.plugin.report.ReportWriters;
import io.github.maprace.plugin.report.SarifReportWriter;
import io.github.maprace.plugin.rules.RuleCatalog;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one code path of an audit, shared by the {@code audit} and {@code baseline} goals: static
 * pass, dynamic pass ({@link TestRun}), baseline, reports, console summary, and the failure
 * decision. Maven is reached only through {@link Environment} and {@link TestRun}, so the audit is
 * unit-tested without Maven or a test JVM.
 */
public final class AuditRunner {
    private static final int CONSOLE_FINDINGS = 5;
    private static final int CONSOLE_FRAMES = 8;

    /** What the audit needs from the Maven build. */
    public interface Environment {
        /** The project's name, for report titles. */
        String projectName();

        /** The project base directory. */
        Path baseDir();

        /** Existing main source roots. */
        List<Path> mainSourceRoots();

        /** Existing test source roots. */
        List<Path> testSourceRoots();

        /** The resolved test classpath. */
        List<String> testClasspath() throws MojoExecutionException;
    }

    /** The dynamic pass ({@link DynamicPass} in production). */
    @FunctionalInterface
    public interface TestRun {
        /** Runs (or reads) the tests under the race detector as {@code settings} say. */
        DynamicResult run(AuditSettings settings, SourceLocator locator) throws MojoExecutionException;
    }

    /**
     * What an audit produced.
     *
     * @param report     the model written to the reports
     * @param written    the report files
     * @param failing    findings that fail the build (baseline findings excluded)
     * @param baselined  findings the baseline accepted
     * @param broken     the test run did not complete: the build fails with the first problem
     * @param brokenProblem that first problem, or empty
     * @param where      {@code "; report: <path>"} for failure messages, or empty
     */
    public record Outcome(AuditReport report, List<Path> written, List<Finding> failing, int baselined,
                          boolean broken, String brokenProblem, String where) {

        /** Throws what the build should fail with, if anything. */
        public void failIfNeeded() throws MojoExecutionException, MojoFailureException {
            failIfBroken();
            if (!failing.isEmpty()) {
                throw new MojoFailureException(failureMessage(failing) + where);
            }
        }

        /** Throws when the test run did not complete (whatever the findings). */
        public void failIfBroken() throws MojoExecutionException {
            if (broken) {
                throw new MojoExecutionException("maprace: the race-detecting test run did not complete: "
                        + brokenProblem + where);
            }
        }
    }

    /** {@code maprace: 2 findings fail the build (DATA_RACE at uri:line, ...)}: what the build fails with. */
    static String failureMessage(List<Finding> failing) {
        return "maprace: " + ConsoleSummary.count(failing.size(), "finding")
                + (failing.size() == 1 ? " fails" : " fail") + " the build (" + describe(failing.get(0))
                + (failing.size() > 1 ? ", ..." : "") + ")";
    }

    /**
     * Logs the first findings, each at the level of its verdict ({@link ConsoleSummary#levelOf}),
     * and the summary line.
     */
    static void logFindings(Log log, AuditReport report) {
        for (ConsoleSummary.Line line : new ConsoleSummary(CONSOLE_FINDINGS, CONSOLE_FRAMES).lines(report)) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARNING -> log.warn(line.text());
                default -> log.info(line.text());
            }
        }
    }

    private final Environment env;
    private final TestRun testRun;
    private final Log log;

    /**
     * @param env     the build
     * @param testRun the dynamic pass
     * @param log     Maven's log
     */
    public AuditRunner(Environment env, TestRun testRun, Log log) {
        this.env = env;
        this.testRun = testRun;
        this.log = log;
    }

    /** Runs the audit, writes the reports and logs the summary; see {@link Outcome#failIfNeeded()}. */
    public Outcome run(AuditSettings s) throws MojoExecutionException {
        Path baseDir = env.baseDir();
        Path out = s.outputDirectory();
        List<Path> allRoots = new ArrayList<>(env.mainSourceRoots());
        allRoots.addAll(env.testSourceRoots());
        SourceLocator locator = new SourceLocator(baseDir, allRoots);
        List<String> problems = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Finding> sharedMaps = new ArrayList<>();

        if (s.staticAnalysis()) {
            long started = System.nanoTime();
            StaticResult result = new StaticAnalyzer().analyze(baseDir, allRoots, env.testClasspath(), Set.of(),
                    s.staticCache());
            findings.addAll(result.findings());
            sharedMaps.addAll(result.sharedMaps());
            problems.addAll(result.problems());
            log.info(staticLine(result, System.nanoTime() - started));
        }
        DynamicResult dynamic = dynamicPass(s, locator);
        findings.addAll(dynamic.findings());
        problems.addAll(dynamic.problems());
        List<SharedMap> coverage = coverage(sharedMaps, findings, dynamic, locator);

        Optional<Baseline> baseline = readBaseline(s);
        AuditReport report = Verdicts.judge(
                new AuditReport(env.projectName(), findings, RuleCatalog.all(), dynamic.tests(), problems, coverage),
                s.policy(), baseline, s.writeBaseline());
        List<Path> written = writeReports(report, out, s.formats(), baseDir);
        if (baseline.isPresent()) {
            markSarif(written, report.findings().stream().map(f -> f.verdict() == Verdict.BASELINED).toList());
        }
        for (String p : problems) {
            log.warn("maprace: " + p);
        }
        List<Finding> failing = report.findings(Verdict.FAILS_BUILD);
        logFindings(log, report);
        Optional<Path> html = written.stream().filter(p -> p.toString().endsWith(".html")).findFirst();
        String where = where(written);
        int baselined = report.findings(Verdict.BASELINED).size();
        if (baseline.isPresent()) {
            log.info("maprace: " + baselined + " of " + ConsoleSummary.count(report.findings().size(), "finding")
                    + (baselined == 1 ? " is" : " are") + " in the baseline "
                    + s.baseline() + " (reported, baselineState unchanged; they do not fail the build)");
        }
        if (!written.isEmpty()) {
            log.info("maprace: reports written to " + out + (html.isPresent() ? " (open " + html.get() + ")" : ""));
        }
        if (s.writeBaseline() && !dynamic.broken()) {
            writeBaseline(s, report);
        }
        String brokenProblem = dynamic.broken() ? dynamic.problems().get(0) : "";
        return new Outcome(report, written, failing, baselined, dynamic.broken(), brokenProblem, where);
    }

    /** The build log's line about the static pass: files, time, and how many the cache answered. */
    static String staticLine(StaticResult result, long nanos) {
        String line = String.format(Locale.ROOT, "maprace: static pass: %s in %.1f s",
                ConsoleSummary.count(result.filesAnalysed(), "file"), nanos / 1e9);
        return result.filesFromCache() == 0 ? line : line + ", " + result.filesFromCache() + " of them from the cache";
    }

    private Optional<Baseline> readBaseline(AuditSettings s) throws MojoExecutionException {
        if (s.writeBaseline() || s.baseline() == null || !Files.isRegularFile(s.baseline())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Baseline.read(s.baseline()));
        } catch (IOException e) {
            throw new MojoExecutionException("maprace: bad configuration: " + e.getMessage(), e);
        }
    }

    private void writeBaseline(AuditSettings s, AuditReport report) throws MojoExecutionException {
        if (s.baseline() == null) {
            throw new MojoExecutionException("maprace: bad configuration: writeBaseline needs the baseline file "
                    + "(-Dmaprace.baseline=...)");
        }
        try {
            Baseline.of(report.findings()).write(s.baseline());
        } catch (IOException e) {
            throw new MojoExecutionException("maprace: could not write the baseline " + s.baseline() + ": " + e, e);
        }
        log.info("maprace: baseline with " + ConsoleSummary.count(report.findings().size(), "finding") + " written to " + s.baseline());
    }

    private void markSarif(List<Path> written, List<Boolean> accepted) {
        for (Path p : written) {
            if (p.getFileName().toString().equals(SarifReportWriter.FILE_NAME)) {
                try {
                    if (!SarifBaselineStates.mark(p, accepted)) {
                        log.warn("maprace: could not add baselineState to " + p + " (unexpected result count)");
                    }
                } catch (IOException e) {
                    log.warn("maprace: could not add baselineState to " + p + ": " + e.getMessage());
                }
            }
        }
    }

    /** {@code "; report: <path>"} for failure messages: the HTML page if written, else the first file. */
    static String where(List<Path> written) {
        Optional<Path> html = written.stream().filter(p -> p.toString().endsWith(".html")).findFirst();
        return html.map(p -> "; report: " + p).orElse(written.isEmpty() ? "" : "; report: " + written.get(0));
    }

    private static String describe(Finding f) {
        return f.ruleId() + " at " + f.location().uri() + ":" + f.location().line();
    }

    private static List<Path> writeReports(AuditReport report, Path out, Set<String> formats, Path baseDir)
            throws MojoExecutionException {
        try {
            return ReportWriters.write(report, out, formats, baseDir);
        } catch (IOException e) {
            throw new MojoExecutionException("maprace: could not write the reports to " + out + ": " + e, e);
        }
    }

    /**
     * Adds to {@code findings} the notes for the shared maps no test exercised, and returns the
     * coverage table; without a test run, neither.
     *
     * @param candidates the static pass's shared map fields
     */
    private List<SharedMap> coverage(List<Finding> candidates, List<Finding> findings, DynamicResult dynamic,
                                     SourceLocator locator) {
        if (!dynamic.tests().ran() || dynamic.coverage() == null) {
            return List.of(); // no run, or no test named to the agent: coverage unknown
        }
        List<String> mainRoots = env.mainSourceRoots().stream().map(locator::relativize).toList();
        ConcurrencyCoverage.Result joined = ConcurrencyCoverage.join(candidates, dynamic.coverage(),
                ConcurrencyCoverage.under(mainRoots));
        findings.addAll(joined.untested());
        return joined.maps();
    }

    private DynamicResult dynamicPass(AuditSettings s, SourceLocator locator) throws MojoExecutionException {
        if (!s.dynamicAnalysis()) {
            return DynamicResult.skipped(null);
        }
        if (s.dynamicSkipReason() != null) {
            log.info("maprace: dynamic pass skipped (" + s.dynamicSkipReason() + ")");
            return DynamicResult.skipped(null);
        }
        DynamicResult result = testRun.run(s, locator);
        if (result.forkMillis() > 0) {
            // the reports leave the run time out so that they stay byte-identical; the log has it
            log.info(String.format(java.util.Locale.ROOT, "maprace: the audited test run took %.1f s",
                    result.forkMillis() / 1000.0));
        }
        return result;
    }
}
