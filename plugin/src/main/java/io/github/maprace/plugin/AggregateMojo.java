package io.github.maprace.plugin;

import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.report.ConsoleSummary;
import io.github.maprace.plugin.report.ReportWriters;
import io.github.maprace.plugin.report.XmlReportReader;
import io.github.maprace.plugin.report.XmlReportWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Merges the {@code maprace.xml} of every module of a multi-module build into one report at the
 * root ({@code target/maprace/maprace.xml}, {@code .html}, {@code .sarif}) with uris relative to
 * the root directory. Runs once per build, after the modules' audits:
 * {@code mvn verify maprace:aggregate}. Modules without a report are skipped; it never fails the
 * build on findings (each module's {@code audit} does that).
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true)
public class AggregateMojo extends AbstractMapraceMojo {
    /** Report formats to write, comma-separated: {@code xml}, {@code html}, {@code sarif}. */
    @Parameter(property = "maprace.formats", defaultValue = "xml,html,sarif")
    String formats;

    /**
     * The report file of each module, relative to that module's build directory.
     */
    @Parameter(property = "maprace.moduleReport", defaultValue = "maprace/maprace.xml")
    String moduleReport;

    @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
    List<MavenProject> reactorProjects;

    @Override
    String goal() {
        return "aggregate";
    }

    @Override
    void executeGoal() throws MojoExecutionException {
        Set<String> formatSet;
        try {
            formatSet = ReportWriters.parseFormats(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("maprace: bad configuration: " + e.getMessage(), e);
        }
        Path root = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path out = outputDirectory.toPath().toAbsolutePath().normalize();
        List<ReportMerger.Part> parts = new ArrayList<>();
        for (MavenProject module : reactorProjects) {
            Path file = Path.of(module.getBuild().getDirectory()).resolve(moduleReport).toAbsolutePath().normalize();
            if (file.equals(out.resolve(XmlReportWriter.FILE_NAME))) {
                continue; // the root's own directory holds the previous aggregate, not a module report
            }
            if (!Files.isRegularFile(file)) {
                getLog().debug("maprace: no report for " + module.getArtifactId() + " (" + file + ")");
                continue;
            }
            try {
                parts.add(new ReportMerger.Part(prefix(root, module.getBasedir().toPath()), XmlReportReader.read(file)));
            } catch (IOException e) {
                throw new MojoExecutionException("maprace: cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        if (parts.isEmpty()) {
            getLog().warn("maprace: no module has a report to aggregate (" + moduleReport + "); run the audit first "
                    + "(mvn verify maprace:aggregate)");
            return;
        }
        String name = project.getName() == null ? project.getArtifactId() : project.getName();
        AuditReport merged = ReportMerger.merge(name, parts);
        List<Path> written;
        try {
            written = ReportWriters.write(merged, out, formatSet, root);
        } catch (IOException e) {
            throw new MojoExecutionException("maprace: could not write the aggregate to " + out + ": " + e, e);
        }
        getLog().info(ConsoleSummary.summaryLine(merged));
        getLog().info("maprace: aggregate of " + parts.size() + " module report(s) written to " + out
                + written.stream().filter(p -> p.toString().endsWith(".html")).findFirst()
                        .map(p -> " (open " + p + ")").orElse(""));
    }

    /** The module directory relative to the root, with forward slashes; empty for the root. */
    static String prefix(Path root, Path module) {
        Path m = module.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        Path rel = m.startsWith(r) ? r.relativize(m) : m;
        return rel.toString().replace('\\', '/');
    }
}
