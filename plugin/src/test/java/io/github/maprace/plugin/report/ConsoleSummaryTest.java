package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.AuditReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleSummaryTest {

    @Test
    void shouldPrintTheContractSummaryLine() {
        assertThat(ConsoleSummary.summaryLine(SampleReports.typical()))
                .isEqualTo("maprace: 2 static findings (1 errors), 1 races, 1 atomicity violations in 7 tests");
        assertThat(ConsoleSummary.summaryLine(SampleReports.empty()))
                .isEqualTo("maprace: 0 static findings (0 errors), 0 races, 0 atomicity violations in 0 tests");
    }

    @Test
    void shouldStartWithTheSummaryLineAndLimitFindings() {
        List<String> lines = new ConsoleSummary(0, 5).lines(SampleReports.typical());

        assertThat(lines).containsExactly(ConsoleSummary.summaryLine(SampleReports.typical()));
    }

    @Test
    void shouldPrintRacesInThreadSanitizerShape() {
        List<String> lines = new ConsoleSummary(10, 1).lines(SampleReports.typical());

        String t = SampleReports.CACHE_TEST;
        int start = lines.indexOf("WARNING: DATA RACE on java.util.HashMap (allocated at " + t + ":12)");
        assertThat(start).isPositive();
        assertThat(lines.subList(start, start + 8)).containsExactly(
                "WARNING: DATA RACE on java.util.HashMap (allocated at " + t + ":12)",
                "  Write (put) at " + t + ":20 by thread \"worker-1\"",
                "    at com.acme.CacheTest.lambda$0(CacheTest.java:20)",
                "    ... 1 more",
                "  Previous write (computeIfAbsent) at " + t + ":25 by thread \"worker-2\"",
                "    at com.acme.CacheTest.lambda$1(CacheTest.java:25)",
                "  Test: " + SampleReports.TEST_ID,
                "  Fix: use ConcurrentHashMap");
    }

    @Test
    void shouldPrintStaticFindingsOnOneLineMostSevereFirst() {
        List<String> lines = new ConsoleSummary(10, 0).lines(SampleReports.typical());

        assertThat(lines).contains("CHECK_THEN_ACT error " + SampleReports.CACHE
                + ":30 containsKey(k) then put(k, v) on field 'cache'");
        assertThat(lines).contains("SHARED_UNSAFE_MAP warning " + SampleReports.CACHE
                + " HashMap field 'index' written outside construction");
        assertThat(lines.get(lines.size() - 1)).startsWith("SHARED_UNSAFE_MAP warning");
    }

    @Test
    void shouldSayHowManyFindingsWereLeftOut() {
        List<String> lines = new ConsoleSummary(1, 0).lines(SampleReports.typical());

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("ATOMICITY_VIOLATION error");
        assertThat(lines.get(2)).isEqualTo("... and 3 more findings");
    }

    @Test
    void shouldKeepHostileNamesOnOneLine() {
        AuditReport report = SampleReports.report(SampleReports.race("t\nINFO fake", "w\r\n1", "w2"));

        List<String> lines = new ConsoleSummary(10, 0).lines(report);

        assertThat(lines).noneMatch(l -> l.contains("\n") || l.contains("\r"));
        assertThat(lines).contains("  Test: t\\nINFO fake");
    }

    @Test
    void shouldRejectNegativeLimits() {
        assertThatThrownBy(() -> new ConsoleSummary(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
