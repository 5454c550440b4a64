package io.github.maprace.plugin;

import io.github.maprace.plugin.dynamic.ExistingRun;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mojo parameters to {@link AuditSettings}, without Maven. */
class AuditSettingsMappingTest {

    private static AuditMojo mojo() {
        AuditMojo m = new AuditMojo();
        m.failOnRace = true;
        m.failOnSeverity = "error";
        m.staticAnalysis = true;
        m.dynamicAnalysis = true;
        m.forkTimeout = 900;
        m.formats = "xml,html,sarif";
        m.outputDirectory = new File("/p/target/maprace");
        m.useExistingRun = "auto";
        m.baseline = new File("/p/maprace-baseline.xml");
        return m;
    }

    @Test
    void shouldMapEveryParameter() throws Exception {
        AuditMojo m = mojo();
        m.jvmArgs = "-Xmx1g '-Dname=a b'";
        m.jvm = new File("/jdk25/bin/java");
        m.instrumentIncludes = List.of("com.acme.*", " ");
        m.testExcludes = List.of("**/*IT.java");
        m.useExistingRun = "FALSE";
        m.formats = "sarif";

        AuditSettings s = m.settings();

        assertThat(s.jvmArgs()).containsExactly("-Xmx1g", "-Dname=a b");
        assertThat(s.jvm()).isEqualTo(Path.of("/jdk25/bin/java"));
        assertThat(s.instrumentIncludes()).containsExactly("com.acme.*");
        assertThat(s.testExcludes()).containsExactly("**/*IT.java");
        assertThat(s.useExistingRun()).isEqualTo(ExistingRun.Mode.FALSE);
        assertThat(s.formats()).containsExactly("sarif");
        assertThat(s.agentDirectory()).isEqualTo(Path.of("/p/target/maprace/agent"));
        assertThat(s.baseline()).isEqualTo(Path.of("/p/maprace-baseline.xml"));
        assertThat(s.writeBaseline()).isFalse();
        assertThat(s.dynamicSkipReason()).isNull();
        assertThat(s.staticCache()).isEqualTo(Path.of("/p/target/maprace/cache/static.bin"));

        m.staticCache = false;
        assertThat(m.settings().staticCache()).isNull();
    }

    @Test
    void shouldPerturbOnlyWhenAskedWithTheProjectsSeedUnlessOneIsGiven() throws Exception {
        AuditMojo m = mojo();
        m.project = new org.apache.maven.project.MavenProject();
        m.project.setGroupId("com.acme");
        m.project.setArtifactId("cache");
        assertThat(m.settings().perturbSeed()).isNull();

        m.perturb = true;
        long projectSeed = m.settings().perturbSeed();
        assertThat(projectSeed).isEqualTo(AbstractAgentMojo.defaultSeed("com.acme:cache")).isNotNegative();
        m.project.setArtifactId("store");
        assertThat(m.settings().perturbSeed()).isNotEqualTo(projectSeed);

        m.seed = -5L;
        assertThat(m.settings().perturbSeed()).isEqualTo(-5L);
    }

    @Test
    void shouldPassTheHistoryDepthToTheAgentAndRejectANegativeOne() throws Exception {
        AuditMojo m = mojo();
        m.history = 8;
        assertThat(m.settings().history()).isEqualTo(8);
        m.history = -1;
        assertThatThrownBy(m::settings).isInstanceOf(MojoExecutionException.class)
                .hasMessage("maprace: bad configuration: history must be 0 or a number of stack frames, not -1");
    }

    @Test
    void shouldNameTheSkipReason() throws Exception {
        AuditMojo m = mojo();
        m.skipTestCompilation = true;
        assertThat(m.settings().dynamicSkipReason()).isEqualTo("maven.test.skip");
        m.skipTests = true;
        assertThat(m.settings().dynamicSkipReason()).isEqualTo("skipTests");
    }

    @Test
    void shouldAlwaysWriteTheBaselineInTheBaselineGoal() throws Exception {
        BaselineMojo m = new BaselineMojo();
        m.failOnSeverity = "none";
        m.formats = "xml";
        m.outputDirectory = new File("/p/target/maprace");
        m.baseline = new File("/p/b.xml");
        assertThat(m.settings().writeBaseline()).isTrue();
    }

    @Test
    void shouldRejectBadConfigurationNamingTheParameter() {
        AuditMojo m = mojo();
        m.useExistingRun = "sometimes";
        assertThatThrownBy(m::settings).isInstanceOf(MojoExecutionException.class)
                .hasMessage("maprace: bad configuration: useExistingRun must be auto, true or false, not 'sometimes'");
        AuditMojo t = mojo();
        t.forkTimeout = -1;
        assertThatThrownBy(t::settings).hasMessageContaining("forkTimeout");
        AuditMojo f = mojo();
        f.formats = "xml,pdf";
        assertThatThrownBy(f::settings).hasMessageContaining("pdf");
        AuditMojo p = mojo();
        p.failOnSeverity = "fatal";
        assertThatThrownBy(p::settings).hasMessageContaining("failOnSeverity");
    }
}
