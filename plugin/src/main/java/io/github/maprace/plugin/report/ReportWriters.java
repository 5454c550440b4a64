package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.AuditReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the report files the user asked for into the output directory, each atomically. The one
 * entry point the mojos need for files; {@link ConsoleSummary} covers the log.
 */
public final class ReportWriters {

    /** The accepted format names, in the order files are written. */
    public static final List<String> FORMATS = List.of("xml", "html", "sarif");

    private ReportWriters() {
    }

    /**
     * Writes {@code maprace.xml}, {@code maprace.html} and/or {@code maprace.sarif}.
     *
     * @param report          what to write
     * @param outputDirectory created when missing
     * @param formats         format names from {@link #FORMATS} (case and surrounding blanks ignored)
     * @param baseDir         the project base directory, for code excerpts in the HTML page and
     *                        SARIF's {@code %SRCROOT%}; may be {@code null}
     * @return the written files, in {@link #FORMATS} order
     * @throws IllegalArgumentException for an unknown format name, before anything is written
     * @throws IOException              when a file cannot be written; the other formats are still
     *                                  attempted, and their failures are added as suppressed
     */
    public static List<Path> write(AuditReport report, Path outputDirectory, Set<String> formats, Path baseDir)
            throws IOException {
        Set<String> wanted = normalize(formats);
        List<Path> written = new ArrayList<>();
        IOException failure = null;
        for (String format : FORMATS) {
            if (!wanted.contains(format)) {
                continue;
            }
            ReportWriter writer = writer(format, baseDir);
            Path target = outputDirectory.resolve(writer.fileName());
            try {
                AtomicFiles.write(target, out -> writer.write(report, out));
                written.add(target);
            } catch (IOException e) {
                // keep going: the contract wants whatever can be written to be written
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return List.copyOf(written);
    }

    /**
     * Parses a comma-separated list such as the {@code formats} parameter ({@code xml,html,sarif}).
     *
     * @throws IllegalArgumentException for an unknown format name
     */
    public static Set<String> parseFormats(String commaSeparated) {
        Set<String> formats = new LinkedHashSet<>();
        if (commaSeparated != null) {
            for (String part : commaSeparated.split(",")) {
                if (!part.isBlank()) {
                    formats.add(part);
                }
            }
        }
        return normalize(formats);
    }

    private static Set<String> normalize(Set<String> formats) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String format : formats) {
            String name = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(name)) {
                throw new IllegalArgumentException("unknown report format '" + format
                        + "' (accepted: " + String.join(", ", FORMATS) + ")");
            }
            normalized.add(name);
        }
        return normalized;
    }

    private static ReportWriter writer(String format, Path baseDir) {
        return switch (format) {
            case "xml" -> new XmlReportWriter();
            case "html" -> new HtmlReportWriter(baseDir);
            case "sarif" -> new SarifReportWriter(ToolVersion.get(), baseDir);
            default -> throw new IllegalArgumentException(format);
        };
    }
}
