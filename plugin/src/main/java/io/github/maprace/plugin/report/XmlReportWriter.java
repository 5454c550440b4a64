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
import io.github.maprace.plugin.model.TestRunSummary;
import io.github.maprace.plugin.model.Verdict;
import io.github.maprace.plugin.rules.RuleCatalog;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes {@code maprace.xml}, the machine-readable report, with the JDK's StAX writer. The format
 * is described by {@value #SCHEMA_RESOURCE} on the plugin's class path; element and attribute
 * names are public API.
 */
public final class XmlReportWriter implements ReportWriter {

    /** The file name in the output directory. */
    public static final String FILE_NAME = "maprace.xml";

    /** Class-path resource of the XML Schema that the output conforms to. */
    public static final String SCHEMA_RESOURCE = "/io/github/maprace/plugin/report/maprace-report.xsd";

    /** Bumped when the format changes incompatibly. */
    public static final String FORMAT_VERSION = "1";

    private final SourceExcerpts excerpts;

    /** A writer of the plain report. */
    public XmlReportWriter() {
        this(null);
    }

    /**
     * A writer that also embeds source excerpts; only the HTML page's intermediate document uses
     * them, so {@code maprace.xml} itself stays independent of the sources on disk.
     */
    XmlReportWriter(SourceExcerpts excerpts) {
        this.excerpts = excerpts;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(AuditReport report, OutputStream out) throws IOException {
        try (IndentingXml xml = IndentingXml.open(out)) {
            xml.start("maprace").attribute("version", FORMAT_VERSION)
                    .attribute("project", Texts.orEmpty(report.projectName()));
            summary(xml, report);
            rules(xml, report);
            problems(xml, report);
            findings(xml, report);
            coverage(xml, report);
            xml.end();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    private static void summary(IndentingXml xml, AuditReport report) throws XMLStreamException {
        long staticFindings = report.findings(Origin.STATIC).size();
        long errors = report.findings(Origin.STATIC).stream().filter(f -> f.severity() == Severity.ERROR).count();
        TestRunSummary tests = report.tests();
        xml.empty("summary")
                .attribute("line", ConsoleSummary.summaryLine(report))
                .attribute("findings", report.findings().size())
                .attribute("staticFindings", staticFindings)
                .attribute("errors", errors)
                .attribute("races", report.count(Texts.DATA_RACE))
                .attribute("atomicityViolations", report.count(Texts.ATOMICITY_VIOLATION))
                .attribute("failing", report.findings(Verdict.FAILS_BUILD).size())
                .attribute("testsRan", tests.ran())
                .attribute("tests", tests.tests())
                .attribute("failedTests", tests.failed())
                .attribute("millis", tests.millis())
                .attribute("agentErrors", tests.agentErrors());
        if (tests.perturbSeed() != null) {
            xml.attribute("perturbSeed", tests.perturbSeed());
        }
    }

    private static void rules(IndentingXml xml, AuditReport report) throws XMLStreamException {
        if (report.rules().isEmpty()) {
            xml.empty("rules");
            return;
        }
        xml.start("rules");
        for (RuleInfo rule : report.rules()) {
            xml.start("rule").attribute("id", rule.id());
            if (rule.defaultSeverity() != null) {
                xml.attribute("severity", rule.defaultSeverity().level());
            }
            RuleCatalog.Guidance guidance = RuleCatalog.guidanceOf(rule.id()).orElse(null);
            if (guidance != null) {
                xml.attribute("guidance", guidance.anchor()).attribute("guidanceTitle", guidance.title());
            }
            xml.textElement("title", rule.title())
                    .textElement("rationale", rule.rationale())
                    .textElement("fix", rule.fix())
                    .end();
        }
        xml.end();
    }

    private static void problems(IndentingXml xml, AuditReport report) throws XMLStreamException {
        if (report.problems().isEmpty()) {
            xml.empty("problems");
            return;
        }
        xml.start("problems");
        for (String problem : report.problems()) {
            xml.textElement("problem", problem);
        }
        xml.end();
    }

    private void findings(IndentingXml xml, AuditReport report) throws XMLStreamException {
        if (report.findings().isEmpty()) {
            xml.empty("findings");
            return;
        }
        xml.start("findings");
        for (Finding finding : report.findings()) {
            finding(xml, finding);
        }
        xml.end();
    }

    private static void coverage(IndentingXml xml, AuditReport report) throws XMLStreamException {
        if (report.coverage().isEmpty()) {
            return;
        }
        xml.start("coverage")
                .attribute("maps", report.coverage().size())
                .attribute("exercised", report.coverage().stream().filter(SharedMap::exercised).count());
        for (SharedMap m : report.coverage()) {
            xml.start("map")
                    .attribute("name", m.name())
                    .attribute("exercised", m.exercised())
                    .attribute("sharedBecause", m.sharedBecause());
            location(xml, "location", m.location());
            for (String test : m.tests()) {
                xml.textElement("test", test);
            }
            for (Location access : m.accesses()) {
                location(xml, "access", access);
            }
            xml.end();
        }
        xml.end();
    }

    /** How far (in lines) a related line may be from the finding's to share its excerpt. */
    static final int NEARBY = 12;

    private void finding(IndentingXml xml, Finding finding) throws XMLStreamException {
        xml.start("finding")
                .attribute("rule", finding.ruleId())
                .attribute("severity", finding.severity().level())
                .attribute("origin", finding.origin().name().toLowerCase(Locale.ROOT))
                .attribute("verdict", finding.verdict().xmlName());
        xml.textElement("message", finding.message());
        xml.textElement("fix", finding.fix());
        location(xml, "location", finding.location());
        if (excerpts != null) {
            Location at = finding.location();
            int first = at.line();
            int last = at.line();
            for (Location other : finding.related()) {
                // other lines of the finding close by (the check of a check-then-act) share the excerpt
                if (other.uri().equals(at.uri()) && other.line() > 0 && Math.abs(other.line() - at.line()) <= NEARBY) {
                    first = Math.min(first, other.line());
                    last = Math.max(last, other.line());
                }
            }
            Optional<SourceExcerpts.Excerpt> excerpt = excerpts.around(at.uri(), first, last);
            if (excerpt.isPresent()) {
                excerpt(xml, excerpt.get());
            }
        }
        if (finding.related().isEmpty()) {
            xml.empty("related");
        } else {
            xml.start("related");
            for (Location related : finding.related()) {
                location(xml, "location", related);
            }
            xml.end();
        }
        if (finding.race() != null) {
            race(xml, finding.race());
        }
        xml.end();
    }

    private static void race(IndentingXml xml, RaceDetails race) throws XMLStreamException {
        xml.start("race")
                .attribute("test", race.test())
                .attribute("mapType", race.mapType())
                .attribute("occurrences", race.occurrences());
        if (race.current() != null) {
            access(xml, "current", race.current());
        }
        if (race.previous() != null) {
            access(xml, "previous", race.previous());
        }
        if (race.mapAllocation() != null) {
            location(xml, "allocation", race.mapAllocation());
        }
        if (race.check() != null) {
            access(xml, "check", race.check());
        }
        if (race.previousCheck() != null) {
            access(xml, "previousCheck", race.previousCheck());
        }
        xml.end();
    }

    private static void access(IndentingXml xml, String element, Access access) throws XMLStreamException {
        xml.start(element)
                .attribute("op", Texts.orEmpty(access.operation()))
                .attribute("write", access.write())
                .attribute("thread", Texts.orEmpty(access.thread()));
        if (!access.role().isEmpty()) {
            xml.attribute("role", access.role());
        }
        if (access.location() != null) {
            location(xml, "location", access.location());
        }
        if (access.stack().isEmpty()) {
            xml.empty("stack");
        } else {
            xml.start("stack");
            for (String frame : access.stack()) {
                xml.textElement("frame", frame);
            }
            xml.end();
        }
        xml.end();
    }

    private static void location(IndentingXml xml, String element, Location location) throws XMLStreamException {
        xml.empty(element)
                .attribute("uri", location.uri())
                .attribute("line", Math.max(0, location.line()));
        if (!location.description().isEmpty()) {
            xml.attribute("description", location.description());
        }
    }

    private static void excerpt(IndentingXml xml, SourceExcerpts.Excerpt excerpt) throws XMLStreamException {
        xml.start("excerpt");
        int number = excerpt.firstLine();
        for (String line : excerpt.lines()) {
            xml.textElement("line", "number", number++, line);
        }
        xml.end();
    }
}
