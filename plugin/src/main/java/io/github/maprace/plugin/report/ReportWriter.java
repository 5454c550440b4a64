package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.AuditReport;

import java.io.IOException;
import java.io.OutputStream;

/** Renders an {@link AuditReport} in one output format. */
public interface ReportWriter {

    /** The file name this format is written to in the output directory, e.g. {@code maprace.xml}. */
    String fileName();

    /**
     * Writes the report to {@code out} (UTF-8). The same report always gives the same bytes.
     * Does not close {@code out}.
     */
    void write(AuditReport report, OutputStream out) throws IOException;
}
