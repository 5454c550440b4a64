package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.TestRunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportWriterTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private static String html(AuditReport report, Path baseDir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(baseDir).write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldEscapeTestAndThreadNames() throws IOException {
        AuditReport report = SampleReports.report(SampleReports.race(SCRIPT, "<img src=x onerror=alert(2)>", "w\"2"));

        String html = html(report, null);

        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("&lt;img src=x onerror=alert(2)&gt;");
        // exactly one script element: ours
        assertThat(html.split("<script", -1)).hasSize(2);
    }

    @Test
    void shouldNotReferenceAnythingOutsideThePage() throws IOException {
        String html = html(SampleReports.typical(), null);

        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain(" src=")
                .doesNotContain("<link");
        assertThat(html).startsWith("<!DOCTYPE html").contains("<style>").contains("</html>");
    }

    @Test
    void shouldShowSummaryFindingsAndBothAccesses() throws IOException {
        String html = html(SampleReports.typical(), null);

        assertThat(html).contains("maprace: 2 static findings (1 error), 1 race, 1 atomicity violation in 7 tests");
        assertThat(html).contains("2.345 s").contains("could not parse src/main/java/Broken.java");
        assertThat(html).contains("data-rule=\"DATA_RACE\"").contains("data-severity=\"warning\"");
        assertThat(html).contains("value=\"CHECK_THEN_ACT\"");
        assertThat(html).contains("worker-1").contains("worker-2").contains("computeIfAbsent")
                .contains("at com.acme.CacheTest.lambda$0(CacheTest.java:20)")
                .contains(SampleReports.CACHE_TEST + ":12")
                .contains("java.util.HashMap")
                .contains("[engine:junit-jupiter]/[class:com.acme.CacheTest]/[method:concurrentPuts()]")
                .contains("use computeIfAbsent");
    }

    @Test
    void shouldShowTheCoverageTableWithTheUntestedMapsMarked() throws IOException {
        String html = html(SampleReports.typical(), null);

        assertThat(html).contains("<h2 id=\"coverage\">Concurrency coverage</h2>")
                .contains("1 of 2 shared maps were written by one thread while another used them")
                .contains("<tr class=\"\"><td><code>Cache.index</code>")
                .contains("<tr class=\"untested\"><td><code>Cache.stats</code>")
                .contains(SampleReports.CACHE + ":13");
    }

    @Test
    void shouldNameTheMeasuredCostsOfTheFixWithoutLinkingOut() throws IOException {
        String html = html(SampleReports.typical(), null);

        assertThat(html).contains("<code>choosing-a-map.html#concurrenthashmap</code>")
                .contains("section <em>ConcurrentHashMap</em>")
                .contains("<code>choosing-a-map.html#compound-updates</code>");
    }

    @Test
    void shouldSayWhichFindingsFailTheBuild() throws IOException {
        String html = html(SampleReports.judged(), null);

        assertThat(html).contains("1 finding fails the build");
        assertThat(html).containsOnlyOnce("<span class=\"verdict fails-build\">fails the build</span>")
                .containsOnlyOnce("<span class=\"verdict baselined\">in the baseline</span>");
        int race = html.indexOf("data-rule=\"DATA_RACE\"");
        assertThat(html.indexOf("verdict fails-build")).isGreaterThan(race)
                .isLessThan(html.indexOf("data-rule=\"SHARED_UNSAFE_MAP\""));
        assertThat(html(SampleReports.typical(), null)).contains("No finding fails the build")
                .doesNotContain("<span class=\"verdict");
    }

    @Test
    void shouldListTheRulesInTheOrderOfTheFindingsWithTheirGeneralFix() throws IOException {
        String html = html(SampleReports.typical(), null);
        String catalog = html.substring(html.indexOf("<h2>Rules</h2>"));

        // findings are ordered by rule id; the report's rules list is in catalog order
        assertThat(catalog.indexOf(">ATOMICITY_VIOLATION<")).isLessThan(catalog.indexOf(">CHECK_THEN_ACT<"));
        assertThat(catalog.indexOf(">CHECK_THEN_ACT<")).isLessThan(catalog.indexOf(">DATA_RACE<"));
        assertThat(catalog.indexOf(">DATA_RACE<")).isLessThan(catalog.indexOf(">SHARED_UNSAFE_MAP<"));
        assertThat(catalog).contains("<strong>In general: </strong>use computeIfAbsent");
    }

    @Test
    void shouldShowCheckAndActOfBothThreadsAndHighlightBothLines(@TempDir Path base) throws IOException {
        Path source = base.resolve(SampleReports.CACHE);
        Files.createDirectories(source.getParent());
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            text.append("int line").append(i).append(";\n");
        }
        Files.writeString(source, text);

        String html = html(new AuditReport("p", List.of(SampleReports.atomicity()), List.of(), null, List.of()), base);

        assertThat(html).contains("<h4>Check (<code>get</code>)</h4>").contains("<h4>Its check (<code>containsKey</code>)</h4>")
                .contains("<h4>Act (<code>put</code>)</h4>").contains("<h4>Interleaved write (<code>put</code>)</h4>");
        assertThat(html.indexOf("<h4>Check")).isLessThan(html.indexOf("<h4>Its check"));
        assertThat(html.indexOf("<h4>Its check")).isLessThan(html.indexOf("<h4>Act"));
        // the check (40) and the act (42) in one excerpt, both highlighted
        assertThat(html).contains("class=\"line hit\"><span class=\"no\">40</span>int line40;")
                .contains("class=\"line hit\"><span class=\"no\">42</span>int line42;")
                .contains("class=\"line\"><span class=\"no\">41</span>int line41;")
                .contains("<span class=\"no\">37</span>").contains("<span class=\"no\">45</span>")
                .doesNotContain("<span class=\"no\">36</span>");
    }

    @Test
    void shouldShowExcerptAroundTheLineWhenTheSourceExists(@TempDir Path base) throws IOException {
        Path source = base.resolve(SampleReports.CACHE);
        Files.createDirectories(source.getParent());
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append("int line").append(i).append(" = a < b;\n");
        }
        Files.writeString(source, text);

        String html = html(SampleReports.typical(), base);

        // CHECK_THEN_ACT at line 30: lines 27..33, the flagged one highlighted
        assertThat(html).contains("int line27 = a &lt; b;").contains("int line33 = a &lt; b;")
                .doesNotContain("int line26 ").doesNotContain("int line34 ");
        assertThat(html).contains("class=\"line hit\"><span class=\"no\">30</span>int line30");
        // ATOMICITY_VIOLATION at line 40: the excerpt stops at the end of the file
        assertThat(html).contains("int line40 = a &lt; b;");
    }

    @Test
    void shouldSkipExcerptWhenTheSourceIsMissing(@TempDir Path base) throws IOException {
        String html = html(SampleReports.typical(), base);

        assertThat(html).doesNotContain("class=\"excerpt\"");
    }

    @Test
    void shouldListTheRelatedLinesOfAStaticFindingWithTheirMessagesEscaped() throws IOException {
        Finding field = new Finding("SHARED_UNSAFE_MAP", Severity.ERROR, Origin.STATIC, "field 'index'", "fix",
                Location.of(SampleReports.CACHE, 12),
                List.of(new Location(SampleReports.CACHE, 50, "put in refresh() <b>unguarded</b>"),
                        new Location(SampleReports.CACHE, 61, "remove in evict()")), null);
        AuditReport report = new AuditReport("acme", List.of(field), SampleReports.rules(), TestRunSummary.NOT_RUN,
                List.of());

        String html = html(report, null);

        assertThat(html).contains(SampleReports.CACHE + ":50").contains(SampleReports.CACHE + ":61")
                .contains("put in refresh() &lt;b&gt;unguarded&lt;/b&gt;").contains("remove in evict()")
                .doesNotContain("<b>unguarded");
    }
}
