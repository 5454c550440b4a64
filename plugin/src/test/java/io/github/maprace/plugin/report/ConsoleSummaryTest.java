package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.TestRunSummary;
import io.github.maprace.plugin.model.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleSummaryTest {

    @Test
    void shouldPrintTheContractSummaryLine() {
        assertThat(ConsoleSummary.summaryLine(SampleReports.typical()))
                .isEqualTo("maprace: 2 static findings (1 error), 1 race, 1 atomicity violation in 7 tests");
        assertThat(ConsoleSummary.summaryLine(SampleReports.empty()))
                .isEqualTo("maprace: 0 static findings (0 errors), 0 races, 0 atomicity violations (tests not run)");
    }

    @Test
    void shouldEndWithTheSummaryLineAndLimitFindings() {
        List<String> lines = new ConsoleSummary(0, 5).texts(SampleReports.typical());

        assertThat(lines).containsExactly(COVERAGE_LINE, ConsoleSummary.summaryLine(SampleReports.typical()));
    }

    private static final String COVERAGE_LINE = "maprace: concurrency coverage: 1 of 2 shared maps written by one "
            + "thread while another used it in a test (1 UNTESTED_SHARED_MAP)";

    @Test
    void shouldSayHowManySharedMapsTheTestsExercisedOnlyWhenThereAreAny() {
        assertThat(new ConsoleSummary(0, 0).texts(SampleReports.typical())).contains(COVERAGE_LINE);
        assertThat(new ConsoleSummary(0, 0).texts(SampleReports.empty()))
                .noneMatch(l -> l.contains("concurrency coverage"));
    }

    @Test
    void shouldPrintRacesInThreadSanitizerShape() {
        List<String> lines = new ConsoleSummary(10, 1).texts(SampleReports.typical());

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
        List<String> lines = new ConsoleSummary(10, 0).texts(SampleReports.typical());

        assertThat(lines).contains("CHECK_THEN_ACT error " + SampleReports.CACHE
                + ":30 containsKey(k) then put(k, v) on field 'cache'");
        assertThat(lines).contains("SHARED_UNSAFE_MAP warning " + SampleReports.CACHE
                + " HashMap field 'index' written outside construction");
        assertThat(lines.get(lines.size() - 3)).startsWith("SHARED_UNSAFE_MAP warning");
        assertThat(lines.get(lines.size() - 2)).isEqualTo(COVERAGE_LINE);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(ConsoleSummary.summaryLine(SampleReports.typical()));
    }

    @Test
    void shouldSayHowManyFindingsWereLeftOut() {
        List<String> lines = new ConsoleSummary(1, 0).texts(SampleReports.typical());

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("ATOMICITY_VIOLATION error");
        assertThat(lines.get(1)).isEqualTo("... and 3 more findings");
    }

    @Test
    void shouldKeepHostileNamesOnOneLine() {
        AuditReport report = SampleReports.report(SampleReports.race("t\nINFO fake", "w\r\n1", "w2"));

        List<String> lines = new ConsoleSummary(10, 0).texts(report);

        assertThat(lines).noneMatch(l -> l.contains("\n") || l.contains("\r"));
        assertThat(lines).contains("  Test: t\\nINFO fake");
    }

    @Test
    void shouldLogEachFindingAtTheLevelOfItsEffectOnTheBuild() {
        List<ConsoleSummary.Line> lines = new ConsoleSummary(10, 0).lines(SampleReports.judged());

        assertThat(lines.get(0)).isEqualTo(new ConsoleSummary.Line(ConsoleSummary.Level.ERROR,
                "WARNING: DATA RACE on java.util.HashMap (allocated at " + SampleReports.CACHE_TEST + ":12)"));
        assertThat(lines).filteredOn(l -> l.text().startsWith("  ")).first()
                .extracting(ConsoleSummary.Line::level).isEqualTo(ConsoleSummary.Level.ERROR);
        assertThat(lines).filteredOn(l -> l.text().startsWith("CHECK_THEN_ACT error"))
                .extracting(ConsoleSummary.Line::level).containsExactly(ConsoleSummary.Level.WARNING);
        assertThat(lines).filteredOn(l -> l.text().startsWith("SHARED_UNSAFE_MAP warning"))
                .extracting(ConsoleSummary.Line::level).containsExactly(ConsoleSummary.Level.WARNING);
        assertThat(lines).filteredOn(l -> l.text().startsWith("ATOMICITY_VIOLATION"))
                .extracting(ConsoleSummary.Line::level).containsExactly(ConsoleSummary.Level.INFO);
        assertThat(lines.get(lines.size() - 1).level()).isEqualTo(ConsoleSummary.Level.INFO);
    }

    @Test
    void shouldLogARaceThatDoesNotFailTheBuildAsAWarningAndANoteAsInfo() {
        Finding race = SampleReports.race("t", "w1", "w2");
        Finding note = Finding.ofStatic("SOME_NOTE", Severity.NOTE, "m", "", race.location());

        assertThat(ConsoleSummary.levelOf(race)).isEqualTo(ConsoleSummary.Level.WARNING);
        assertThat(ConsoleSummary.levelOf(race.withVerdict(Verdict.FAILS_BUILD))).isEqualTo(ConsoleSummary.Level.ERROR);
        assertThat(ConsoleSummary.levelOf(note)).isEqualTo(ConsoleSummary.Level.INFO);
    }

    @Test
    void shouldCountInTheRightNumberAndSayWhenTheTestsDidNotRun() {
        Finding race = SampleReports.race("t", "w1", "w2");
        AuditReport one = new AuditReport("p", List.of(race), List.of(), new TestRunSummary(true, 1, 0, 5, 0), List.of());

        assertThat(ConsoleSummary.summaryLine(one))
                .isEqualTo("maprace: 0 static findings (0 errors), 1 race, 0 atomicity violations in 1 test");
        assertThat(ConsoleSummary.summaryLine(SampleReports.empty()))
                .isEqualTo("maprace: 0 static findings (0 errors), 0 races, 0 atomicity violations (tests not run)");
    }

    @Test
    void shouldPrintAnAtomicityViolationInTheOrderItHappened() {
        List<String> lines = new ConsoleSummary(10, 1).texts(SampleReports.report(SampleReports.atomicity()));

        String c = SampleReports.CACHE;
        int start = lines.indexOf("WARNING: ATOMICITY VIOLATION on java.util.concurrent.ConcurrentHashMap");
        assertThat(start).isNotNegative();
        assertThat(lines.subList(start + 1, start + 8)).containsExactly(
                "  Check (get) at " + c + ":40 by thread \"A\"",
                "    at com.acme.Cache.add(Cache.java:40)",
                "  Its check (containsKey) at " + c + ":40 by thread \"B\"",
                "  Interleaved write (put) at " + c + ":42 by thread \"B\"",
                "    at com.acme.Cache.add(Cache.java:42)",
                "  Act (put) at " + c + ":42 by thread \"A\"",
                "    at com.acme.Cache.add(Cache.java:42)");
    }

    @Test
    void shouldRejectNegativeLimits() {
        assertThatThrownBy(() -> new ConsoleSummary(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
