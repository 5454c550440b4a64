package io.github.maprace.plugin.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWritersTest {

    @Test
    void shouldWriteTheRequestedFormats(@TempDir Path dir) throws IOException {
        List<Path> written = ReportWriters.write(SampleReports.typical(), dir.resolve("maprace"),
                Set.of("sarif", "XML ", "html"), null);

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("maprace.xml", "maprace.html", "maprace.sarif");
        for (Path file : written) {
            assertThat(file).isRegularFile();
            assertThat(Files.size(file)).isPositive();
        }
        try (Stream<Path> files = Files.list(dir.resolve("maprace"))) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void shouldWriteOnlyWhatWasAsked(@TempDir Path dir) throws IOException {
        List<Path> written = ReportWriters.write(SampleReports.typical(), dir, Set.of("sarif"), null);

        assertThat(written).containsExactly(dir.resolve("maprace.sarif"));
        assertThat(dir.resolve("maprace.xml")).doesNotExist();
    }

    @Test
    void shouldRejectAnUnknownFormatNamingTheAcceptedOnes(@TempDir Path dir) {
        assertThatThrownBy(() -> ReportWriters.write(SampleReports.typical(), dir, Set.of("xml", "pdf"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pdf").hasMessageContaining("xml, html, sarif");
        assertThat(dir.resolve("maprace.xml")).doesNotExist();
    }

    @Test
    void shouldParseTheFormatsParameter() {
        assertThat(ReportWriters.parseFormats("xml, html,,SARIF")).containsExactly("xml", "html", "sarif");
        assertThat(ReportWriters.parseFormats("")).isEmpty();
        assertThatThrownBy(() -> ReportWriters.parseFormats("json")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldWriteByteIdenticalFilesTwice(@TempDir Path dir) throws IOException {
        Path base = dir.resolve("project");
        Path source = base.resolve(SampleReports.CACHE);
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class Cache {\n".repeat(45));
        Set<String> all = Set.of("xml", "html", "sarif");

        List<Path> first = ReportWriters.write(SampleReports.typical(), dir.resolve("one"), all, base);
        List<Path> second = ReportWriters.write(SampleReports.typical(), dir.resolve("two"), all, base);

        assertThat(first).hasSize(3);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(first.get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }
}
