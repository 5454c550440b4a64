package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.TestRunSummary;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlReportReaderTest {

    private static byte[] xml(AuditReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlReportWriter().write(report, out);
        return out.toByteArray();
    }

    @Test
    void shouldReadBackExactlyWhatTheWriterWrote() throws IOException {
        AuditReport report = SampleReports.typical();

        AuditReport read = XmlReportReader.read(new ByteArrayInputStream(xml(report)), "maprace.xml");

        assertThat(read).isEqualTo(report);
        assertThat(xml(read)).isEqualTo(xml(report));
    }

    @Test
    void shouldReadBackWhatEachFindingDidToTheBuild() throws IOException {
        AuditReport report = SampleReports.judged();

        AuditReport read = XmlReportReader.read(new ByteArrayInputStream(xml(report)), "maprace.xml");

        assertThat(read).isEqualTo(report);
        assertThat(new String(xml(report), java.nio.charset.StandardCharsets.UTF_8))
                .contains("verdict=\"fails-build\"").contains("verdict=\"baselined\"").contains("failing=\"1\"");
    }

    @Test
    void shouldReadBackBothChecksOfAnAtomicityViolation() throws IOException {
        AuditReport report = SampleReports.report(SampleReports.atomicity());

        AuditReport read = XmlReportReader.read(new ByteArrayInputStream(xml(report)), "maprace.xml");

        assertThat(read).isEqualTo(report);
    }

    @Test
    void shouldReadBackThePerturbationSeed() throws IOException {
        AuditReport typical = SampleReports.typical();
        AuditReport report = new AuditReport(typical.projectName(), typical.findings(), typical.rules(),
                new TestRunSummary(true, 7, 1, 2345, 0, -42L), typical.problems(), typical.coverage());

        String text = new String(xml(report), java.nio.charset.StandardCharsets.UTF_8);
        AuditReport read = XmlReportReader.read(new ByteArrayInputStream(xml(report)), "maprace.xml");

        assertThat(text).contains("perturbSeed=\"-42\"");
        assertThat(read).isEqualTo(report);
        assertThat(new String(xml(typical), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("perturbSeed");
    }

    @Test
    void shouldReadAnEmptyReport() throws IOException {
        AuditReport report = SampleReports.empty();
        assertThat(XmlReportReader.read(new ByteArrayInputStream(xml(report)), "x")).isEqualTo(report);
    }

    @Test
    void shouldRejectOtherDocumentsAndVersions() {
        assertThatThrownBy(() -> XmlReportReader.read(stream("<other/>"), "a.xml"))
                .isInstanceOf(IOException.class).hasMessageContaining("a.xml is not a maprace.xml");
        assertThatThrownBy(() -> XmlReportReader.read(stream("<maprace version=\"9\" project=\"p\"/>"), "b.xml"))
                .hasMessageContaining("format version '9'");
        assertThatThrownBy(() -> XmlReportReader.read(stream(
                "<!DOCTYPE maprace [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><maprace>&x;</maprace>"), "c.xml"))
                .isInstanceOf(IOException.class);
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
