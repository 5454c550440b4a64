package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.AuditReport;

import javax.xml.XMLConstants;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes {@code maprace.html}, one self-contained page for a person: the XML report (with source
 * excerpts when the base directory is known) rendered by the XSLT stylesheet
 * {@value #STYLESHEET_RESOURCE}. Going through XSLT rather than building strings means the JDK's
 * serializer escapes every piece of model text; a test name like {@code <script>} stays text.
 */
public final class HtmlReportWriter implements ReportWriter {

    /** The file name in the output directory. */
    public static final String FILE_NAME = "maprace.html";

    /** Class-path resource of the stylesheet. */
    public static final String STYLESHEET_RESOURCE = "/io/github/maprace/plugin/report/maprace-report-html.xsl";

    /** Lines of source shown before and after a finding's line. */
    public static final int EXCERPT_CONTEXT = 3;

    private final Path baseDir;
    private final Templates templates;

    /** A writer that shows no code excerpts. */
    public HtmlReportWriter() {
        this(null);
    }

    /**
     * A writer that shows {@value #EXCERPT_CONTEXT} lines of source around each finding.
     *
     * @param baseDir the project base directory finding uris are relative to, or {@code null} for
     *                no excerpts
     */
    public HtmlReportWriter(Path baseDir) {
        this.baseDir = baseDir;
        this.templates = compile();
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(AuditReport report, OutputStream out) throws IOException {
        // a new SourceExcerpts per write: its file cache must not outlive one report
        SourceExcerpts excerpts = baseDir == null ? null : new SourceExcerpts(baseDir, EXCERPT_CONTEXT);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new XmlReportWriter(excerpts).write(report, xml);
        try {
            templates.newTransformer().transform(
                    new StreamSource(new ByteArrayInputStream(xml.toByteArray())), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write " + FILE_NAME + ": " + e.getMessageAndLocation(), e);
        }
    }

    private static Templates compile() {
        byte[] stylesheet;
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(STYLESHEET_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STYLESHEET_RESOURCE);
            }
            stylesheet = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STYLESHEET_RESOURCE, e);
        }
        try {
            // the JDK's XSLTC, not a Saxon or Xalan that happens to be on the plugin class path
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // the page must not depend on, or fetch, anything outside the report
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            return factory.newTemplates(new StreamSource(new ByteArrayInputStream(stylesheet), STYLESHEET_RESOURCE));
        } catch (TransformerException e) {
            throw new IllegalStateException("broken resource " + STYLESHEET_RESOURCE + ": " + e.getMessageAndLocation(), e);
        }
    }
}
