package io.github.maprace.plugin;

import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.report.XmlReportReader;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.util.Locale;

/**
 * The maprace page of the project site ({@code maprace.html}, under "Project Reports"): renders
 * the {@code maprace.xml} that {@code audit} wrote, so put {@code audit} before {@code site}
 * ({@code mvn verify site}). Standalone ({@code mvn maprace:report}) it writes the same page into
 * {@code target/site}. Says it cannot generate a report when there is no {@code maprace.xml}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {
    /** Output name of the page: {@code maprace.html}. */
    static final String OUTPUT_NAME = "maprace";

    /** The report data written by {@code audit}. */
    @Parameter(property = "maprace.dataFile", defaultValue = "${project.build.directory}/maprace/maprace.xml")
    File dataFile;

    /** Skips the report. */
    @Parameter(property = "maprace.skip", defaultValue = "false")
    boolean skip;

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return "maprace";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Thread-safety audit of java.util.Map use: static findings and data races found by running the tests.";
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("maprace: report skipped (maprace.skip)");
            return false;
        }
        // only a warning: standalone (mvn maprace:report) needs no site plugin, and under an old one
        // this line comes right before its NoClassDefFoundError, naming the fix
        SitePluginVersion.problem(getProject()).ifPresent(p -> getLog().warn("maprace: " + p));
        if (dataFile == null || !dataFile.isFile()) {
            getLog().info("maprace: no report, " + dataFile + " does not exist (run maprace:audit before the site)");
            return false;
        }
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        render(locale);
    }

    /** The one rendering path of site generation and standalone execution. */
    private void render(Locale locale) throws MavenReportException {
        AuditReport report;
        try {
            report = XmlReportReader.read(dataFile.toPath());
        } catch (IOException e) {
            throw new MavenReportException("maprace: cannot read " + dataFile + ": " + e.getMessage(), e);
        }
        new SiteReportRenderer(getSink()).render(report, getName(locale));
    }
}
