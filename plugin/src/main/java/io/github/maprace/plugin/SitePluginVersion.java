package io.github.maprace.plugin;

import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.project.MavenProject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the project's site can render the maprace page. The report is built on Doxia 2, which
 * needs maven-site-plugin {@value #MINIMUM} or later; the version Maven picks when the pom does not
 * pin one (3.3 with Maven 3.8, 3.12.1 with Maven 3.9) fails with
 * {@code NoClassDefFoundError: .../DocumentContent}, which names neither the plugin nor the fix.
 */
final class SitePluginVersion {
    /** The first maven-site-plugin release on Doxia 2. */
    static final String MINIMUM = "3.20.0";
    /** The version the docs and the tests use. */
    static final String TESTED = "3.21.0";

    private static final String SITE_PLUGIN = "org.apache.maven.plugins:maven-site-plugin";
    private static final String MAPRACE = "io.github.maprace:maprace-maven-plugin";

    private SitePluginVersion() {
    }

    /**
     * What to change, when maprace is a report of {@code project} and the site plugin that would
     * render it is too old or not pinned; empty otherwise.
     */
    static Optional<String> problem(MavenProject project) {
        boolean reported = project.getReportPlugins().stream().map(ReportPlugin::getKey).anyMatch(MAPRACE::equals);
        if (!reported) {
            return Optional.empty();
        }
        String version = pinned(project);
        if (version != null && new ComparableVersion(version).compareTo(new ComparableVersion(MINIMUM)) >= 0) {
            return Optional.empty();
        }
        return Optional.of((version == null ? "maven-site-plugin is not pinned"
                : "maven-site-plugin " + version + ", the version this build uses, is too old")
                + " (without a pin Maven uses 3.3 with Maven 3.8, 3.12.1 with Maven 3.9)"
                + ": the maprace site report needs " + MINIMUM + " or later (Doxia 2), and an older one fails with "
                + "NoClassDefFoundError: org/apache/maven/doxia/siterenderer/DocumentContent. Pin it in <build><plugins>: "
                + "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-site-plugin</artifactId>"
                + "<version>" + TESTED + "</version></plugin>");
    }

    /**
     * The site plugin version of the build (build plugins, which include the one Maven's site
     * lifecycle binds, win over plugin management), or null.
     */
    private static String pinned(MavenProject project) {
        List<Plugin> declared = new ArrayList<>(project.getBuildPlugins());
        if (project.getPluginManagement() != null) {
            declared.addAll(project.getPluginManagement().getPlugins());
        }
        return declared.stream().filter(p -> SITE_PLUGIN.equals(p.getKey()) && p.getVersion() != null)
                .map(Plugin::getVersion).findFirst().orElse(null);
    }
}
