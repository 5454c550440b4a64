package io.github.maprace.plugin.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.TestRunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.maprace.plugin.rules.RuleCatalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportWriterTest {

    private static JsonNode sarif(AuditReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReportWriter("1.2.3").write(report, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    private static JsonNode result(JsonNode log, String ruleId) {
        for (JsonNode result : log.at("/runs/0/results")) {
            if (result.get("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }

    @Test
    void shouldDescribeToolAndListEveryRule() throws IOException {
        JsonNode log = sarif(SampleReports.typical());

        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("maprace");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        List<String> ids = new ArrayList<>();
        driver.get("rules").forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactly("CHECK_THEN_ACT", "SHARED_UNSAFE_MAP", "DATA_RACE", "ATOMICITY_VIOLATION");
        JsonNode rule = driver.get("rules").get(0);
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo("check-then-act on a concurrent map");
        assertThat(rule.at("/fullDescription/text").asText()).contains("another thread");
        assertThat(rule.at("/help/text").asText()).isEqualTo("use computeIfAbsent");
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    }

    @Test
    void shouldLinkEveryCatalogRuleToItsSectionOfTheRulesPage() throws IOException {
        AuditReport report = new AuditReport("p", List.of(), RuleCatalog.all(), null, List.of());

        JsonNode rules = sarif(report).at("/runs/0/tool/driver/rules");

        assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule.get("helpUri").asText())
                .isEqualTo(SarifReportWriter.RULES_URI + "#" + rule.get("id").asText().toLowerCase(Locale.ROOT)));
    }

    @Test
    void shouldLinkTheMeasuredCostsOfAFixFromTheRulesHelp() throws IOException {
        AuditReport report = new AuditReport("p", List.of(), RuleCatalog.all(), null, List.of());

        JsonNode rules = sarif(report).at("/runs/0/tool/driver/rules");

        JsonNode shared = null;
        JsonNode leak = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("SHARED_UNSAFE_MAP")) {
                shared = rule;
            } else if (rule.get("id").asText().equals("LEAKED_THREAD")) {
                leak = rule;
            }
        }
        assertThat(shared.at("/help/markdown").asText()).startsWith(shared.at("/help/text").asText())
                .endsWith("[ConcurrentHashMap](" + SarifReportWriter.GUIDANCE_URI + "#concurrenthashmap)");
        assertThat(leak.at("/help").has("markdown")).isFalse();
    }

    @Test
    void shouldDefineSrcrootAsTheProjectDirectoryWhenKnown(@TempDir Path base) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReportWriter("1.2.3", base).write(SampleReports.typical(), out);
        JsonNode run = new ObjectMapper().readTree(out.toByteArray()).at("/runs/0");

        String root = run.at("/originalUriBaseIds/%SRCROOT%/uri").asText();
        assertThat(root).startsWith("file:/").endsWith("/");
        assertThat(Path.of(java.net.URI.create(root))).isEqualTo(base.toAbsolutePath());
        assertThat(sarif(SampleReports.typical()).at("/runs/0").has("originalUriBaseIds")).isFalse();
    }

    @Test
    void shouldWriteOneResultPerFindingInReportOrder() throws IOException {
        JsonNode results = sarif(SampleReports.typical()).at("/runs/0/results");

        List<String> ruleIds = new ArrayList<>();
        results.forEach(r -> ruleIds.add(r.get("ruleId").asText()));
        assertThat(ruleIds).containsExactly("ATOMICITY_VIOLATION", "CHECK_THEN_ACT", "DATA_RACE", "SHARED_UNSAFE_MAP");
        for (JsonNode result : results) {
            assertThat(result.get("level").asText()).isIn("error", "warning", "note");
            assertThat(result.at("/partialFingerprints/maprace~1v1").asText()).hasSize(32);
        }
    }

    @Test
    void shouldPointRuleIndexAtTheRuleDescriptor() throws IOException {
        JsonNode log = sarif(SampleReports.typical());
        for (JsonNode result : log.at("/runs/0/results")) {
            int index = result.get("ruleIndex").asInt();
            assertThat(log.at("/runs/0/tool/driver/rules/" + index + "/id").asText())
                    .isEqualTo(result.get("ruleId").asText());
        }
    }

    @Test
    void shouldDescribeARaceWithBothAccessesAndTheAllocation() throws IOException {
        JsonNode race = result(sarif(SampleReports.typical()), "DATA_RACE");

        assertThat(race.get("level").asText()).isEqualTo("error");
        assertThat(race.at("/message/text").asText()).contains("happens-before").contains("Fix: use ConcurrentHashMap");
        JsonNode location = race.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo(SampleReports.CACHE_TEST);
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(20);

        JsonNode related = race.get("relatedLocations");
        assertThat(related).hasSize(2);
        assertThat(related.get(0).get("id").asInt()).isEqualTo(1);
        assertThat(related.get(0).at("/physicalLocation/region/startLine").asInt()).isEqualTo(25);
        assertThat(related.get(0).at("/message/text").asText())
                .isEqualTo("Previous write (computeIfAbsent) by thread \"worker-2\"");
        assertThat(related.get(1).get("id").asInt()).isEqualTo(2);
        assertThat(related.get(1).at("/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(related.get(1).at("/message/text").asText()).contains("java.util.HashMap");

        JsonNode properties = race.get("properties");
        assertThat(properties.get("test").asText()).isEqualTo(SampleReports.TEST_ID);
        assertThat(properties.get("threads")).extracting(JsonNode::asText).containsExactly("worker-1", "worker-2");
        assertThat(properties.get("operations")).extracting(JsonNode::asText).containsExactly("put", "computeIfAbsent");
        assertThat(properties.get("occurrences").asLong()).isEqualTo(3);
        assertThat(properties.get("mapType").asText()).isEqualTo("java.util.HashMap");
    }

    @Test
    void shouldCarryBothStacksOfARace() throws IOException {
        JsonNode race = result(sarif(SampleReports.typical()), "DATA_RACE");

        JsonNode stacks = race.get("stacks");
        assertThat(stacks).hasSize(2);
        assertThat(stacks.at("/0/message/text").asText()).isEqualTo("Write (put) by thread \"worker-1\"");
        assertThat(stacks.at("/0/frames")).hasSize(2);
        assertThat(stacks.at("/0/frames/0/location/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("com.acme.CacheTest.lambda$0");
        assertThat(race.at("/codeFlows/0/threadFlows")).hasSize(2);
    }

    @Test
    void shouldOmitRegionWhenLineIsUnknown() throws IOException {
        JsonNode shared = result(sarif(SampleReports.typical()), "SHARED_UNSAFE_MAP");

        assertThat(shared.at("/locations/0/physicalLocation").has("region")).isFalse();
        assertThat(shared.get("level").asText()).isEqualTo("warning");
        assertThat(shared.at("/relatedLocations/0/message/text").asText()).isEqualTo("written here");
        assertThat(shared.at("/properties").has("test")).isFalse();
    }

    @Test
    void shouldKeepFingerprintsStableAcrossRuns() throws IOException {
        String first = result(sarif(SampleReports.typical()), "CHECK_THEN_ACT").at("/partialFingerprints").toString();
        String second = result(sarif(SampleReports.typical()), "CHECK_THEN_ACT").at("/partialFingerprints").toString();
        String other = result(sarif(SampleReports.typical()), "ATOMICITY_VIOLATION").at("/partialFingerprints").toString();

        assertThat(first).isEqualTo(second).isNotEqualTo(other);
    }

    @Test
    void shouldAddADescriptorForARuleIdNoRuleDeclares() throws IOException {
        AuditReport report = new AuditReport("p",
                List.of(Finding.ofStatic("NEW_RULE", Severity.NOTE, "m", "", Location.of("A.java", 3))),
                List.of(), TestRunSummary.NOT_RUN, List.of());

        JsonNode log = sarif(report);

        assertThat(log.at("/runs/0/tool/driver/rules/0/id").asText()).isEqualTo("NEW_RULE");
        assertThat(log.at("/runs/0/results/0/ruleIndex").asInt()).isZero();
        assertThat(log.at("/runs/0/results/0/level").asText()).isEqualTo("note");
        assertThat(log.at("/runs/0/results/0/message/text").asText()).isEqualTo("m");
    }

    @Test
    void shouldReportProblemsAsNotifications() throws IOException {
        JsonNode invocation = sarif(SampleReports.typical()).at("/runs/0/invocations/0");

        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.at("/toolExecutionNotifications/0/message/text").asText()).contains("Broken.java");
        assertThat(sarif(SampleReports.empty()).at("/runs/0/results")).isEmpty();
    }
}
