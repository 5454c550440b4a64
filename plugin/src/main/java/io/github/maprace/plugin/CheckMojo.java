package io.github.maprace.plugin;

import io.github.maprace.plugin.baseline.Baseline;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Verdict;
import io.github.maprace.plugin.report.HtmlReportWriter;
import io.github.maprace.plugin.report.XmlReportReader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Fails the build on the findings of the report {@code audit} wrote ({@code maprace.xml}), by the
 * same {@code failOnRace}, {@code failOnSeverity} and baseline rules as {@code audit}: the
 * JaCoCo/SpotBugs split between writing reports and deciding. With {@code audit} told not to halt
 * ({@code -Dmaprace.haltOnFailure=false}), {@code mvn verify site maprace:check} builds the site,
 * maprace page included, and then fails the build. Runs no analysis and no tests.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMapraceMojo {
    /**
     * Fails the build on the dynamic pass's errors: a data race, an atomicity violation, a
     * lock-order inversion or a lock upgrade.
     */
    @Parameter(property = "maprace.failOnRace", defaultValue = "true")
    boolean failOnRace = true;

    /**
     * Static findings, and the dynamic pass's warnings and notes, at or above this severity fail
     * the build: {@code error}, {@code warning}, {@code note}, or {@code none}.
     */
    @Parameter(property = "maprace.failOnSeverity", defaultValue = "error")
    String failOnSeverity = "error";

    /** The baseline file: findings recorded in it do not fail the build. */
    @Parameter(property = "maprace.baseline", defaultValue = "${project.basedir}/maprace-baseline.xml")
    File baseline;

    /** The report to check, as {@code audit} wrote it. */
    @Parameter(property = "maprace.dataFile", defaultValue = "${project.build.directory}/maprace/maprace.xml")
    File dataFile;

    @Override
    String goal() {
        return "check";
    }

    @Override
    void executeGoal() throws MojoExecutionException, MojoFailureException {
        if (dataFile == null || !dataFile.isFile()) {
            if ("pom".equals(project.getPackaging())) {
                getLog().info("maprace: check skipped for a pom-packaging project (audit writes no report there)");
                return;
            }
            throw new MojoExecutionException("maprace: nothing to check: " + dataFile + " does not exist. Run "
                    + "maprace:audit before maprace:check (bind audit to verify, or run mvn test-compile maprace:audit "
                    + "maprace:check)");
        }
        FailurePolicy policy;
        try {
            policy = new FailurePolicy(failOnRace, failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("maprace: bad configuration: " + e.getMessage(), e);
        }
        AuditReport report;
        Optional<Baseline> accepted = Optional.empty();
        try {
            report = XmlReportReader.read(dataFile.toPath());
            if (baseline != null && baseline.isFile()) {
                accepted = Optional.of(Baseline.read(baseline.toPath()));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("maprace: cannot check: " + e.getMessage(), e);
        }
        AuditReport judged = Verdicts.judge(report, policy, accepted, false);
        AuditRunner.logFindings(getLog(), judged);
        List<Finding> failing = judged.findings(Verdict.FAILS_BUILD);
        if (!failing.isEmpty()) {
            Path html = dataFile.toPath().resolveSibling(HtmlReportWriter.FILE_NAME);
            throw new MojoFailureException(AuditRunner.failureMessage(failing)
                    + AuditRunner.where(Files.isRegularFile(html) ? List.of(html) : List.of(dataFile.toPath())));
        }
        getLog().info("maprace: check passed, no finding fails the build (" + dataFile + ")");
    }
}
