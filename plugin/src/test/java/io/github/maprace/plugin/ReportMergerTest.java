package io.github.maprace.plugin;

import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.TestRunSummary;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportMergerTest {

    @Test
    void shouldPrefixEveryUriWithTheModuleDirectory() {
        Finding race = AuditRunnerTest.race(20, 25);
        AuditReport a = new AuditReport("a", List.of(race), List.of(), new TestRunSummary(true, 3, 1, 10, 0),
                List.of("broken"));
        Finding check = Finding.ofStatic("CHECK_THEN_ACT", Severity.WARNING, "m", "f", Location.of("src/main/java/B.java", 4));
        AuditReport b = new AuditReport("b", List.of(check), List.of(), new TestRunSummary(true, 2, 0, 5, 0), List.of());

        AuditReport merged = ReportMerger.merge("root", List.of(new ReportMerger.Part("mod-a", a),
                new ReportMerger.Part("libs/mod-b", b)));

        assertThat(merged.findings()).extracting(f -> f.location().uri())
                .containsExactly("libs/mod-b/src/main/java/B.java", "mod-a/src/test/java/com/acme/CacheTest.java");
        Finding r = merged.findings().get(1);
        assertThat(r.related()).extracting(Location::uri).containsExactly("mod-a/src/test/java/com/acme/CacheTest.java");
        assertThat(r.race().previous().location().uri()).startsWith("mod-a/");
        assertThat(r.race().current().location().line()).isEqualTo(20);
        assertThat(merged.tests().tests()).isEqualTo(5);
        assertThat(merged.tests().failed()).isEqualTo(1);
        assertThat(merged.problems()).containsExactly("[mod-a] broken");
    }

    @Test
    void shouldLeaveAbsoluteAndUnknownUrisAlone() {
        assertThat(ReportMerger.rebase(Location.of("/abs/A.java", 1), "m").uri()).isEqualTo("/abs/A.java");
        assertThat(ReportMerger.rebase(Location.of("unknown", 0), "m").uri()).isEqualTo("unknown");
    }

    @Test
    void shouldComputeTheModulePrefixRelativeToTheRoot() {
        assertThat(AggregateMojo.prefix(Path.of("/r"), Path.of("/r/libs/core"))).isEqualTo("libs/core");
        assertThat(AggregateMojo.prefix(Path.of("/r"), Path.of("/r"))).isEmpty();
    }
}
