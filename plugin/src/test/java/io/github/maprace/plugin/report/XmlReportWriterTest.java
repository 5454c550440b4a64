package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.AuditReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class XmlReportWriterTest {

    private static byte[] xml(AuditReport report, XmlReportWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toByteArray();
    }

    private static void validate(byte[] xml) throws SAXException, IOException {
        URL xsd = XmlReportWriter.class.getResource(XmlReportWriter.SCHEMA_RESOURCE);
        assertThat(xsd).as("schema resource").isNotNull();
        Schema schema = SchemaFactory.newDefaultInstance().newSchema(xsd);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void shouldValidateAgainstTheSchema() throws Exception {
        byte[] xml = xml(SampleReports.typical(), new XmlReportWriter());

        assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
    }

    @Test
    void shouldValidateAnEmptyReport() {
        assertThatCode(() -> validate(xml(SampleReports.empty(), new XmlReportWriter()))).doesNotThrowAnyException();
    }

    @Test
    void shouldValidateWithExcerptsAndHostileText(@TempDir Path base) throws Exception {
        Path source = base.resolve(SampleReports.CACHE_TEST);
        Files.createDirectories(source.getParent());
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append("line ").append(i).append(" <&>\n");
        }
        Files.writeString(source, text);
        AuditReport report = SampleReports.report(SampleReports.race("t\u0001<x>\"&", "a\u0000b", "]]>"));

        byte[] xml = xml(report, new XmlReportWriter(new SourceExcerpts(base, 3)));

        assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        Document doc = parse(xml);
        // the race at 20, its previous access at 25 and the allocation at 12 share one excerpt, 3 lines around
        assertThat(xpath.evaluate("count(//finding[@rule='DATA_RACE']/excerpt/line)", doc)).isEqualTo("20");
        assertThat(xpath.evaluate("//finding[@rule='DATA_RACE']/excerpt/line[1]/@number", doc)).isEqualTo("9");
        assertThat(xpath.evaluate("//race/@test", doc)).isEqualTo("t\uFFFD<x>\"&");
        assertThat(xpath.evaluate("//race/previous/@thread", doc)).isEqualTo("]]>");
    }

    @Test
    void shouldCarryTheModel() throws Exception {
        Document doc = parse(xml(SampleReports.typical(), new XmlReportWriter()));
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();

        assertThat(xpath.evaluate("/maprace/@version", doc)).isEqualTo("1");
        assertThat(xpath.evaluate("/maprace/@project", doc)).isEqualTo("acme-cache");
        assertThat(xpath.evaluate("/maprace/summary/@staticFindings", doc)).isEqualTo("2");
        assertThat(xpath.evaluate("/maprace/summary/@errors", doc)).isEqualTo("1");
        assertThat(xpath.evaluate("/maprace/summary/@races", doc)).isEqualTo("1");
        assertThat(xpath.evaluate("/maprace/summary/@atomicityViolations", doc)).isEqualTo("1");
        assertThat(xpath.evaluate("/maprace/summary/@tests", doc)).isEqualTo("7");
        assertThat(xpath.evaluate("/maprace/summary/@failedTests", doc)).isEqualTo("1");
        assertThat(xpath.evaluate("/maprace/summary/@millis", doc)).isEqualTo("2345");
        assertThat(xpath.evaluate("count(/maprace/rules/rule)", doc)).isEqualTo("4");
        assertThat(xpath.evaluate("/maprace/problems/problem", doc)).contains("Broken.java");
        assertThat(xpath.evaluate("count(/maprace/findings/finding)", doc)).isEqualTo("4");
        String race = "/maprace/findings/finding[@rule='DATA_RACE']";
        assertThat(xpath.evaluate(race + "/@origin", doc)).isEqualTo("dynamic");
        assertThat(xpath.evaluate(race + "/location/@line", doc)).isEqualTo("20");
        assertThat(xpath.evaluate(race + "/race/@test", doc)).isEqualTo(SampleReports.TEST_ID);
        assertThat(xpath.evaluate(race + "/race/@mapType", doc)).isEqualTo("java.util.HashMap");
        assertThat(xpath.evaluate(race + "/race/current/@op", doc)).isEqualTo("put");
        assertThat(xpath.evaluate(race + "/race/current/@thread", doc)).isEqualTo("worker-1");
        assertThat(xpath.evaluate(race + "/race/previous/@op", doc)).isEqualTo("computeIfAbsent");
        assertThat(xpath.evaluate(race + "/race/previous/location/@line", doc)).isEqualTo("25");
        assertThat(xpath.evaluate("count(" + race + "/race/current/stack/frame)", doc)).isEqualTo("2");
        assertThat(xpath.evaluate(race + "/race/allocation/@line", doc)).isEqualTo("12");
        assertThat(xpath.evaluate("count(//excerpt)", doc)).isEqualTo("0");
    }
}
