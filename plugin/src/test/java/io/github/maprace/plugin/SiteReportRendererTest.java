package io.github.maprace.plugin;

import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.SharedMap;
import io.github.maprace.plugin.model.TestRunSummary;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SiteReportRendererTest {

    private static String render(AuditReport report) {
        StringWriter out = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(out);
        new SiteReportRenderer(sink).render(report, "maprace");
        sink.close();
        return out.toString();
    }

    @Test
    void shouldShowTheSummaryTheFindingsAndBothAccessesOfARace() {
        Finding race = AuditRunnerTest.race(20, 25);
        AuditReport report = new AuditReport("acme", List.of(race), List.of(), new TestRunSummary(true, 3, 0, 5, 0),
                List.of("one problem"));

        String html = render(report);

        assertThat(html).contains("maprace: 0 static findings (0 errors), 1 race, 0 atomicity violations in 3 tests",
                "one problem", "Findings", "Details", "No finding fails the build.", "src/test/java/com/acme/CacheTest.java:20",
                "src/test/java/com/acme/CacheTest.java:25", "worker-1", "worker-2", "com.acme.CacheTest#puts");
    }

    @Test
    void shouldTabulateTheSharedMapsAndWhichTestsExercisedThem() {
        List<SharedMap> coverage = List.of(
                new SharedMap("Feeds.LAST_SEEN", Location.of("src/main/java/Feeds.java", 8), "it is static", true,
                        List.of("FeedsTest#polls", "FeedsTest#reads"), List.of()),
                new SharedMap("PriceList.prices", Location.of("src/main/java/PriceList.java", 9), "it submits tasks",
                        false, List.of(), List.of()));
        AuditReport report = new AuditReport("acme", List.of(), List.of(), new TestRunSummary(true, 3, 0, 5, 0),
                List.of(), coverage);

        String html = render(report);

        assertThat(html).contains("Concurrency coverage", "1 of 2 shared maps were written by one thread",
                "Feeds.LAST_SEEN", "src/main/java/Feeds.java:8", "FeedsTest#polls, FeedsTest#reads",
                "PriceList.prices", "src/main/java/PriceList.java:9");
        assertThat(render(new AuditReport("acme", List.of(), List.of(), null, List.of())))
                .doesNotContain("Concurrency coverage");
    }

    @Test
    void shouldLabelEachEventOfADynamicFindingByItsRole() {
        Access start = new Access("start()", true, "poller", Location.of("src/main/java/Poller.java", 20),
                List.of("com.acme.Poller.start(Poller.java:20)"), "Thread started");
        Finding leak = new Finding("LEAKED_THREAD", Severity.WARNING, Origin.DYNAMIC, "leaked", "stop it",
                start.location(), List.of(), new RaceDetails(start, null, null, "", "PollerTest#polls", 1));

        String html = render(new AuditReport("acme", List.of(leak), List.of(), null, List.of()));

        assertThat(html).contains("Thread started", "Thread started stack (thread &quot;poller&quot;)",
                "com.acme.Poller.start(Poller.java:20)");
    }

    @Test
    void shouldEscapeTextFromTheModel() {
        Finding f = Finding.ofStatic("CHECK_THEN_ACT", Severity.ERROR, "<script>alert(1)</script> & more", "fix",
                Location.of("src/main/java/A.java", 1));

        String html = render(new AuditReport("p", List.of(f), List.of(), null, List.of()));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    }
}
