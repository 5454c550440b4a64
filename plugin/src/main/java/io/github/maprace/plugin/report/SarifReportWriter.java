package io.github.maprace.plugin.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.rules.RuleCatalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code maprace.sarif}: SARIF 2.1.0 with one run, for code-scanning UIs. Built as a Jackson
 * tree whose insertion order is the output order, so equal reports give byte-identical files.
 */
public final class SarifReportWriter implements ReportWriter {

    /** The file name in the output directory. */
    public static final String FILE_NAME = "maprace.sarif";

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/maprace/maprace";
    static final String SRCROOT = "%SRCROOT%";
    /** The rules page; each rule's {@code helpUri} is its section (GitHub's heading anchor). */
    static final String RULES_URI = INFORMATION_URI + "/blob/main/src/site/markdown/rules.md";
    /** The measured map guidance; a rule's help links the section for its fix. */
    static final String GUIDANCE_URI = INFORMATION_URI + "/blob/main/src/site/markdown/choosing-a-map.md";
    /** Versioned so that a change of the hash input can never silently merge unrelated alerts. */
    static final String FINGERPRINT_KEY = "maprace/v1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String toolVersion;
    private final Path baseDir;
    private final ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** A writer that reports the running plugin's version and leaves {@code %SRCROOT%} undefined. */
    public SarifReportWriter() {
        this(ToolVersion.get(), null);
    }

    /** A writer that reports the given tool version (tests pin it). */
    public SarifReportWriter(String toolVersion) {
        this(toolVersion, null);
    }

    /**
     * @param toolVersion the version {@code tool.driver.version} names
     * @param baseDir     the project base directory that {@code %SRCROOT%} stands for
     *                    ({@code run.originalUriBaseIds}), or {@code null} to leave it to the consumer
     */
    public SarifReportWriter(String toolVersion, Path baseDir) {
        this.toolVersion = Texts.orEmpty(toolVersion);
        this.baseDir = baseDir;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(AuditReport report, OutputStream out) throws IOException {
        // "\n" rather than the platform separator: the bytes must not depend on the OS
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        // "key": value, the way SARIF files and their spec examples are usually laid out
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        mapper.writer(printer).writeValue(out, toJson(report));
        out.write('\n');
    }

    /** The SARIF log as a tree. */
    ObjectNode toJson(AuditReport report) {
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        List<RuleInfo> rules = rulesFor(report);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.putIfAbsent(rules.get(i).id(), i);
        }

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "maprace");
        driver.put("version", toolVersion);
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode ruleArray = driver.putArray("rules");
        rules.forEach(rule -> ruleArray.add(rule(rule)));

        if (baseDir != null) {
            // lets a viewer without a checkout configuration resolve the relative result uris
            String root = baseDir.toAbsolutePath().normalize().toUri().toString();
            run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", root.endsWith("/") ? root : root + "/");
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", report.problems().isEmpty());
        if (report.tests().perturbSeed() != null) {
            // the invocation's own property bag: how to repeat this run's delay decisions
            invocation.putObject("properties").put("perturbSeed", report.tests().perturbSeed());
        }
        if (!report.problems().isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (String problem : report.problems()) {
                ObjectNode notification = notifications.addObject();
                notification.put("level", "error");
                notification.putObject("message").put("text", Texts.orEmpty(problem));
            }
        }

        ArrayNode results = run.putArray("results");
        for (Finding finding : report.findings()) {
            results.add(result(finding, ruleIndex.get(finding.ruleId())));
        }
        run.put("columnKind", "utf16CodeUnits");
        return log;
    }

    /**
     * The declared rules, then a bare entry for any rule id a finding uses but no rule declares,
     * so that every result's {@code ruleIndex} points at a descriptor.
     */
    private static List<RuleInfo> rulesFor(AuditReport report) {
        List<RuleInfo> rules = new ArrayList<>(report.rules());
        for (Finding finding : report.findings()) {
            if (rules.stream().noneMatch(r -> r.id().equals(finding.ruleId()))) {
                rules.add(new RuleInfo(finding.ruleId(), finding.ruleId(), finding.severity(), "", ""));
            }
        }
        return rules;
    }

    private static ObjectNode rule(RuleInfo rule) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        node.putObject("shortDescription").put("text", Texts.orEmpty(rule.title()));
        node.putObject("fullDescription").put("text", Texts.orEmpty(rule.rationale()));
        ObjectNode help = node.putObject("help").put("text", Texts.orEmpty(rule.fix()));
        RuleCatalog.guidanceOf(rule.id()).ifPresent(g -> help.put("markdown", Texts.orEmpty(rule.fix())
                + "\n\nWhat each option costs, measured: [" + g.title() + "](" + GUIDANCE_URI + "#" + g.anchor() + ")"));
        if (RuleCatalog.find(rule.id()).isPresent()) {
            node.put("helpUri", RULES_URI + "#" + rule.id().toLowerCase(Locale.ROOT));
        }
        if (rule.defaultSeverity() != null) {
            node.putObject("defaultConfiguration").put("level", rule.defaultSeverity().level());
        }
        node.putObject("properties").putArray("tags").add("concurrency");
        return node;
    }

    private ObjectNode result(Finding finding, Integer ruleIndex) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", finding.ruleId());
        if (ruleIndex != null) {
            node.put("ruleIndex", ruleIndex.intValue());
        }
        node.put("level", finding.severity().level());
        node.putObject("message").put("text", Texts.messageWithFix(finding.message(), finding.fix()));
        node.putArray("locations").add(location(finding.location(), null, null));

        ArrayNode related = relatedLocations(finding);
        if (!related.isEmpty()) {
            node.set("relatedLocations", related);
        }
        RaceDetails race = finding.race();
        if (race != null && race.current() != null && race.previous() != null
                && race.current().location() != null && race.previous().location() != null
                && race.current().role().isEmpty() && race.previous().role().isEmpty()) {
            node.set("codeFlows", codeFlows(race)); // two threads' map accesses, not lock events
        }
        if (race != null && race.current() != null) {
            node.set("stacks", stacks(race));
        }
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint(finding));

        ObjectNode properties = node.putObject("properties");
        properties.put("origin", finding.origin().name().toLowerCase(Locale.ROOT));
        if (race != null) {
            raceProperties(race, properties);
        }
        return node;
    }

    /** For a race: the previous access, then the allocation site, then any other related place. */
    private static ArrayNode relatedLocations(Finding finding) {
        List<ObjectNode> nodes = new ArrayList<>();
        List<Location> covered = new ArrayList<>();
        RaceDetails race = finding.race();
        if (race != null && race.previous() != null && race.previous().location() != null) {
            Access previous = race.previous();
            nodes.add(location(previous.location(), nodes.size() + 1, Texts.previousAccess(previous)
                    + " by thread \"" + Texts.orEmpty(previous.thread()) + "\""));
            covered.add(previous.location());
        }
        if (race != null && race.mapAllocation() != null) {
            String type = race.mapType().isEmpty() ? "the map" : race.mapType();
            nodes.add(location(race.mapAllocation(), nodes.size() + 1, "Allocation of " + type));
            covered.add(race.mapAllocation());
        }
        for (Location location : finding.related()) {
            boolean duplicate = covered.stream()
                    .anyMatch(c -> c.uri().equals(location.uri()) && c.line() == location.line());
            if (!duplicate) {
                String text = location.description().isEmpty() ? "Related location" : location.description();
                nodes.add(location(location, nodes.size() + 1, text));
            }
        }
        ArrayNode array = NODES.arrayNode();
        nodes.forEach(array::add);
        return array;
    }

    private static ObjectNode location(Location location, Integer id, String message) {
        ObjectNode node = NODES.objectNode();
        if (id != null) {
            node.put("id", id.intValue());
        }
        ObjectNode physical = node.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", location.uri());
        artifact.put("uriBaseId", SRCROOT);
        // SARIF lines are 1-based; an unknown line has no region rather than a wrong one
        if (location.line() > 0) {
            physical.putObject("region").put("startLine", location.line());
        }
        if (message != null) {
            node.putObject("message").put("text", message);
        }
        return node;
    }

    /** Two thread flows, in the order the accesses happened: previous, then current. */
    private static ArrayNode codeFlows(RaceDetails race) {
        ArrayNode flows = NODES.arrayNode();
        ObjectNode flow = flows.addObject();
        flow.putObject("message").put("text", "Two threads access the map with no happens-before order between them");
        ArrayNode threadFlows = flow.putArray("threadFlows");
        threadFlows.add(threadFlow(race.previous(), 1));
        threadFlows.add(threadFlow(race.current(), 2));
        return flows;
    }

    private static ObjectNode threadFlow(Access access, int executionOrder) {
        ObjectNode node = NODES.objectNode();
        node.putObject("message").put("text", "thread \"" + Texts.orEmpty(access.thread()) + "\"");
        ObjectNode step = node.putArray("locations").addObject();
        step.set("location", location(access.location(), null, Texts.access(access)));
        step.put("executionOrder", executionOrder);
        return node;
    }

    /** The stacks, current first like {@code properties.threads}; one when the finding has one event. */
    private static ArrayNode stacks(RaceDetails race) {
        ArrayNode stacks = NODES.arrayNode();
        stacks.add(stack(race.current(), Texts.access(race.current())));
        if (race.previous() != null) {
            stacks.add(stack(race.previous(), Texts.previousAccess(race.previous())));
        }
        return stacks;
    }

    private static ObjectNode stack(Access access, String kind) {
        ObjectNode node = NODES.objectNode();
        node.putObject("message").put("text", kind + " by thread \"" + Texts.orEmpty(access.thread()) + "\"");
        ArrayNode frames = node.putArray("frames");
        for (String frame : access.stack()) {
            ObjectNode location = frames.addObject().putObject("location");
            location.putObject("message").put("text", Texts.orEmpty(frame));
            int paren = frame == null ? -1 : frame.indexOf('(');
            if (paren > 0) {
                String method = frame.substring(0, paren).trim();
                // "java.base/java.lang.Thread.run": the module is not part of the method's name
                method = method.substring(method.lastIndexOf('/') + 1);
                location.putArray("logicalLocations").addObject()
                        .put("fullyQualifiedName", method)
                        .put("kind", "function");
            }
        }
        return node;
    }

    private static void raceProperties(RaceDetails race, ObjectNode properties) {
        properties.put("test", race.test());
        Access current = race.current();
        Access previous = race.previous();
        if (current != null && previous != null) {
            properties.putArray("threads").add(Texts.orEmpty(current.thread())).add(Texts.orEmpty(previous.thread()));
            properties.putArray("operations").add(Texts.orEmpty(current.operation()))
                    .add(Texts.orEmpty(previous.operation()));
            // the contract's wording ("operation pairs, e.g. put/get") as one string
            properties.put("operation", Texts.orEmpty(current.operation()) + "/" + Texts.orEmpty(previous.operation()));
            properties.putArray("accesses").add(current.write() ? "write" : "read").add(previous.write() ? "write" : "read");
        }
        properties.put("occurrences", race.occurrences());
        properties.put("mapType", race.mapType());
    }

    /** Stable across runs and machines: depends only on rule, file, line and message. */
    static String fingerprint(Finding finding) {
        String input = finding.ruleId() + '\u0000' + finding.location().uri() + '\u0000'
                + finding.location().line() + '\u0000' + finding.message();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
