package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.SharedMap;
import io.github.maprace.plugin.model.Verdict;
import io.github.maprace.plugin.model.TestRunSummary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code maprace.xml} (format {@value XmlReportWriter#FORMAT_VERSION}, see
 * {@value XmlReportWriter#SCHEMA_RESOURCE}) back into an {@link AuditReport}, so that the site
 * report and the multi-module aggregate render what {@code audit} found without running it again.
 * Uses the JDK's own DOM parser with DTDs and external entities disabled. Source excerpts, which
 * only the HTML page's intermediate document carries, are ignored.
 */
public final class XmlReportReader {

    private XmlReportReader() {
    }

    /**
     * Reads one report.
     *
     * @throws IOException when the file cannot be read, is not well-formed, or is not a
     *                     {@code maprace} document of a known version
     */
    public static AuditReport read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads one report from a stream (not closed).
     *
     * @param name names the source in error messages
     */
    public static AuditReport read(InputStream in, String name) throws IOException {
        Document doc;
        try {
            doc = builder().parse(in);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(name + " is not a readable maprace.xml: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"maprace".equals(root.getTagName())) {
            throw new IOException(name + " is not a maprace.xml (root element <" + root.getTagName() + ">)");
        }
        String version = root.getAttribute("version");
        if (!XmlReportWriter.FORMAT_VERSION.equals(version)) {
            throw new IOException(name + " has format version '" + version + "'; this plugin reads version "
                    + XmlReportWriter.FORMAT_VERSION);
        }
        TestRunSummary tests = summary(child(root, "summary"));
        List<RuleInfo> rules = new ArrayList<>();
        for (Element rule : children(child(root, "rules"), "rule")) {
            String severity = rule.getAttribute("severity");
            rules.add(new RuleInfo(rule.getAttribute("id"), text(child(rule, "title")),
                    severity.isEmpty() ? null : Severity.parse(severity), text(child(rule, "rationale")),
                    text(child(rule, "fix"))));
        }
        List<String> problems = new ArrayList<>();
        for (Element problem : children(child(root, "problems"), "problem")) {
            problems.add(text(problem));
        }
        List<Finding> findings = new ArrayList<>();
        for (Element finding : children(child(root, "findings"), "finding")) {
            findings.add(finding(finding));
        }
        List<SharedMap> coverage = new ArrayList<>();
        for (Element map : children(child(root, "coverage"), "map")) {
            coverage.add(sharedMap(map));
        }
        return new AuditReport(root.getAttribute("project"), findings, rules, tests, problems, coverage);
    }

    private static SharedMap sharedMap(Element m) {
        List<String> tests = new ArrayList<>();
        for (Element test : children(m, "test")) {
            tests.add(text(test));
        }
        List<Location> accesses = new ArrayList<>();
        for (Element access : children(m, "access")) {
            accesses.add(location(access));
        }
        return new SharedMap(m.getAttribute("name"), location(child(m, "location")), m.getAttribute("sharedBecause"),
                Boolean.parseBoolean(m.getAttribute("exercised")), tests, accesses);
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        // the JDK's implementation, not whatever a plugin class path brings (as the writer does)
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // errors become the IOException, not stderr noise
        return builder;
    }

    private static TestRunSummary summary(Element s) {
        if (s == null) {
            return TestRunSummary.NOT_RUN;
        }
        return new TestRunSummary(Boolean.parseBoolean(s.getAttribute("testsRan")), number(s, "tests"),
                number(s, "failedTests"), number(s, "millis"), number(s, "agentErrors"),
                s.hasAttribute("perturbSeed") ? Long.valueOf(number(s, "perturbSeed")) : null);
    }

    private static Finding finding(Element f) throws IOException {
        Severity severity = Severity.parse(f.getAttribute("severity"));
        Origin origin = Origin.valueOf(f.getAttribute("origin").toUpperCase(Locale.ROOT));
        Location location = location(child(f, "location"));
        if (location == null) {
            throw new IOException("a <finding rule=\"" + f.getAttribute("rule") + "\"> has no <location>");
        }
        List<Location> related = new ArrayList<>();
        for (Element l : children(child(f, "related"), "location")) {
            related.add(location(l));
        }
        Element race = child(f, "race");
        RaceDetails details = race == null ? null : new RaceDetails(access(child(race, "current")),
                access(child(race, "previous")), location(child(race, "allocation")), race.getAttribute("mapType"),
                race.getAttribute("test"), number(race, "occurrences"), access(child(race, "check")),
                access(child(race, "previousCheck")));
        Verdict verdict;
        try {
            verdict = Verdict.parse(f.getAttribute("verdict"));
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new Finding(f.getAttribute("rule"), severity, origin, text(child(f, "message")),
                text(child(f, "fix")), location, related, details, verdict);
    }

    private static Access access(Element a) {
        if (a == null) {
            return null;
        }
        List<String> frames = new ArrayList<>();
        for (Element frame : children(child(a, "stack"), "frame")) {
            frames.add(text(frame));
        }
        return new Access(a.getAttribute("op"), Boolean.parseBoolean(a.getAttribute("write")),
                a.getAttribute("thread"), location(child(a, "location")), frames, a.getAttribute("role"));
    }

    private static Location location(Element l) {
        if (l == null) {
            return null;
        }
        return new Location(l.getAttribute("uri"), (int) number(l, "line"), l.getAttribute("description"));
    }

    private static long number(Element e, String attribute) {
        try {
            return Long.parseLong(e.getAttribute(attribute).trim());
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent();
    }

    private static Element child(Element parent, String name) {
        for (Element e : children(parent, name)) {
            return e;
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }
}
