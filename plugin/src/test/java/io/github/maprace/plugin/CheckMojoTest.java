package io.github.maprace.plugin;

import io.github.maprace.plugin.baseline.Baseline;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.TestRunSummary;
import io.github.maprace.plugin.report.AtomicFiles;
import io.github.maprace.plugin.report.XmlReportWriter;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code maprace:check} on a report {@code audit} wrote: the same policy, no analysis. */
class CheckMojoTest {
    @TempDir
    Path dir;

    private static final Finding WARNING = Finding.ofStatic("SHARED_UNSAFE_MAP", Severity.WARNING, "shared map",
            "use ConcurrentHashMap", Location.of("src/main/java/com/acme/Cache.java", 7));

    private CheckMojo mojo(String packaging, Finding... findings) throws IOException {
        Path xml = dir.resolve("target/maprace/maprace.xml");
        AuditReport report = new AuditReport("p", List.of(findings), List.of(), new TestRunSummary(true, 3, 0, 5, 0),
                List.of());
        AtomicFiles.write(xml, out -> new XmlReportWriter().write(report, out));
        CheckMojo mojo = new CheckMojo();
        Model model = new Model();
        model.setPackaging(packaging);
        mojo.project = new MavenProject(model);
        mojo.dataFile = xml.toFile();
        mojo.baseline = dir.resolve("maprace-baseline.xml").toFile();
        return mojo;
    }

    @Test
    void shouldFailOnARaceByDefault() throws IOException {
        CheckMojo mojo = mojo("jar", AuditRunnerTest.race(20, 25), WARNING);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("maprace: 1 finding fails the build (DATA_RACE at src/test/java/com/acme/CacheTest.java:20)")
                .hasMessageContaining("maprace.xml");
    }

    @Test
    void shouldApplyItsOwnThresholds() throws IOException {
        CheckMojo mojo = mojo("jar", AuditRunnerTest.race(20, 25), WARNING);
        mojo.failOnRace = false;
        assertThatCode(mojo::execute).doesNotThrowAnyException();

        mojo.failOnSeverity = "warning";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("SHARED_UNSAFE_MAP at src/main/java/com/acme/Cache.java:7");
    }

    @Test
    void shouldNotFailOnWhatTheBaselineAccepted() throws IOException {
        CheckMojo mojo = mojo("jar", AuditRunnerTest.race(20, 25));
        Baseline.of(List.of(AuditRunnerTest.race(20, 25))).write(mojo.baseline.toPath());

        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    void shouldSayWhatToRunWhenThereIsNoReport() throws IOException {
        CheckMojo mojo = mojo("jar");
        mojo.dataFile = dir.resolve("missing/maprace.xml").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("maprace:audit before maprace:check");
    }

    @Test
    void shouldSkipAPomProjectWithoutAReport() throws IOException {
        CheckMojo mojo = mojo("pom");
        mojo.dataFile = dir.resolve("missing/maprace.xml").toFile();

        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    void shouldRejectABadSeverity() throws IOException {
        CheckMojo mojo = mojo("jar");
        mojo.failOnSeverity = "fatal";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("bad configuration: failOnSeverity must be error, warning, note or none");
    }
}
