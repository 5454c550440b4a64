package io.github.maprace.plugin;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.Reporting;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SitePluginVersionTest {

    private static MavenProject project(boolean reported, String buildVersion, String managedVersion) {
        Model model = new Model();
        Build build = new Build();
        if (buildVersion != null) {
            build.addPlugin(site(buildVersion));
        }
        if (managedVersion != null) {
            PluginManagement management = new PluginManagement();
            management.addPlugin(site(managedVersion));
            build.setPluginManagement(management);
        }
        model.setBuild(build);
        if (reported) {
            ReportPlugin maprace = new ReportPlugin();
            maprace.setGroupId("io.github.maprace");
            maprace.setArtifactId("maprace-maven-plugin");
            Reporting reporting = new Reporting();
            reporting.addPlugin(maprace);
            model.setReporting(reporting);
        }
        return new MavenProject(model);
    }

    private static Plugin site(String version) {
        Plugin p = new Plugin();
        p.setGroupId("org.apache.maven.plugins");
        p.setArtifactId("maven-site-plugin");
        p.setVersion(version);
        return p;
    }

    @Test
    void shouldSayWhatToPinWhenTheSitePluginIsNotPinned() {
        assertThat(SitePluginVersion.problem(project(true, null, null))).hasValueSatisfying(p -> assertThat(p)
                .contains("maven-site-plugin is not pinned").contains("DocumentContent")
                .contains("<artifactId>maven-site-plugin</artifactId><version>3.21.0</version>"));
    }

    @Test
    void shouldNameATooOldPinnedVersion() {
        assertThat(SitePluginVersion.problem(project(true, "3.12.1", null)))
                .hasValueSatisfying(p -> assertThat(p).startsWith("maven-site-plugin 3.12.1, the version this build uses, is too old"));
        assertThat(SitePluginVersion.problem(project(true, null, "3.9.1"))).isPresent();
    }

    @Test
    void shouldAcceptASitePluginOnDoxia2WhereverItIsPinned() {
        assertThat(SitePluginVersion.problem(project(true, "3.21.0", null))).isEmpty();
        assertThat(SitePluginVersion.problem(project(true, null, "3.20.0"))).isEmpty();
    }

    @Test
    void shouldStayQuietWhenMapraceIsNotASiteReport() {
        assertThat(SitePluginVersion.problem(project(false, null, null))).isEmpty();
    }
}
