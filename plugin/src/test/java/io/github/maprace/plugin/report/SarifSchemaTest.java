package io.github.maprace.plugin.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.TestRunSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates what {@link SarifReportWriter} writes against the SARIF 2.1.0 JSON schema, so that
 * code-scanning uploads (GitHub's upload-sarif validates too) never reject a maprace report.
 *
 * <p>The schema, {@code src/test/resources/sarif-schema-2.1.0.json}, is {@code sarif-2.1.0.json}
 * from the npm package {@code @microsoft/sarif-multitool-linux@5.7.0} (the SARIF SDK's multitool,
 * MIT; sha256 {@code 1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c}), copied
 * byte for byte; see {@code src/test/resources/sarif-schema-2.1.0.README.md}. It is the OASIS
 * 2.1.0 (errata 01) schema written for JSON Schema 2020-12.
 *
 * <p>Strict on purpose: format assertions ({@code uri}, {@code uri-reference}) are on, every
 * error is listed in the failure message, and a broken log must fail (so the check cannot pass
 * vacuously).
 */
class SarifSchemaTest {

    private static final String SCHEMA_RESOURCE = "/sarif-schema-2.1.0.json";

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("test resource " + SCHEMA_RESOURCE).isNotNull();
            // the 2020-12 meta-schema ships inside the validator: nothing is fetched
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private static String sarif(AuditReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReportWriter("0.1.0-SNAPSHOT").write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Error> errors(String json) {
        return schema.validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    private static void assertValid(AuditReport report) throws IOException {
        String json = sarif(report);
        List<Error> errors = errors(json);
        assertThat(errors)
                .as("SARIF schema errors (%d):%n%s%n--- document ---%n%s", errors.size(),
                        errors.stream().map(e -> "  " + e.getInstanceLocation() + ": " + e.getMessage()
                                + "  [" + e.getKeyword() + " at " + e.getSchemaLocation() + "]")
                                .collect(Collectors.joining(System.lineSeparator())),
                        json)
                .isEmpty();
    }

    @Test
    void shouldWriteSchemaValidSarifForARichReport() throws IOException {
        // static warning without a line, static error, DATA_RACE with stacks and code flows,
        // ATOMICITY_VIOLATION, and a problem (notification, executionSuccessful false)
        assertValid(SampleReports.typical());
    }

    @Test
    void shouldWriteSchemaValidSarifForAnEmptyReport() throws IOException {
        assertValid(SampleReports.empty());
    }

    @Test
    void shouldWriteSchemaValidSarifWhenTextNeedsEscaping() throws IOException {
        Finding race = SampleReports.race(
                "[engine:junit-jupiter]/[class:com.acme.CacheTest]/[method:<script>alert(1)</script>()]",
                "pool-1-thread-1 \"quoted\" <b>", "w\u00e4rker\t2 \\ \u2603");
        assertValid(SampleReports.report(race));
    }

    @Test
    void shouldWriteSchemaValidSarifForARuleNoDescriptorDeclares() throws IOException {
        AuditReport report = new AuditReport("p",
                List.of(Finding.ofStatic("NEW_RULE", Severity.NOTE, "m", "", Location.of("src/main/java/A.java", 3)),
                        Finding.ofStatic("NEW_RULE", Severity.NOTE, "m", "", Location.of("src/main/java/A.java", 0))),
                List.of(), TestRunSummary.NOT_RUN, List.of("first problem", "second problem"));
        assertValid(report);
    }

    @Test
    void shouldRejectALogThatBreaksTheSchema() {
        // a guard for this test class: the schema and validator really do check
        String broken = """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "maprace",
                  "informationUri": "not a uri", "rules": [{"id": "R"}, {"id": "R"}]}},
                  "results": [{"ruleId": "R", "level": "fatal", "message": {},
                    "locations": [{"physicalLocation": {"region": {"startLine": 0}}}],
                    "bogus": true}]}]}
                """;

        List<Error> errors = errors(broken);

        assertThat(errors).extracting(Error::getKeyword)
                .contains("enum", "minimum", "additionalProperties", "format", "uniqueItems", "required");
    }
}
