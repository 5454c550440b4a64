package io.github.maprace.plugin;

import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Severity;
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
    void shouldEscapeTextFromTheModel() {
        Finding f = Finding.ofStatic("CHECK_THEN_ACT", Severity.ERROR, "<script>alert(1)</script> & more", "fix",
                Location.of("src/main/java/A.java", 1));

        String html = render(new AuditReport("p", List.of(f), List.of(), null, List.of()));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    }
}
