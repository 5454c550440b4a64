package io.github.maprace.plugin.dynamic;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitPlatformClasspathTest {

    private static Artifact artifact(String group, String id, String version) {
        return new DefaultArtifact(group, id, version, "test", "jar", null, new DefaultArtifactHandler("jar"));
    }

    private static final Artifact JUPITER_API = artifact("org.junit.jupiter", "junit-jupiter-api", "5.14.1");
    private static final Artifact JUPITER_ENGINE = artifact("org.junit.jupiter", "junit-jupiter-engine", "5.14.1");
    private static final Artifact ASSERTJ = artifact("org.assertj", "assertj-core", "3.27.7");

    @Test
    void shouldAddTheLauncherMatchingTheEngineVersion() {
        JUnitPlatformClasspath.Needs needs = JUnitPlatformClasspath.inspect(List.of(JUPITER_API, JUPITER_ENGINE,
                artifact("org.junit.platform", "junit-platform-engine", "1.14.1"),
                artifact("org.junit.platform", "junit-platform-commons", "1.14.1"), ASSERTJ));

        assertThat(needs.noPlatform()).isFalse();
        assertThat(needs.launcherPresent()).isFalse();
        assertThat(needs.engineVersion()).contains("1.14.1");
        assertThat(needs.launcherToAdd()).contains("1.14.1");
    }

    @Test
    void shouldAddNothingWhenTheLauncherIsAlreadyThere() {
        JUnitPlatformClasspath.Needs needs = JUnitPlatformClasspath.inspect(List.of(
                artifact("org.junit.platform", "junit-platform-launcher", "1.14.1"),
                artifact("org.junit.platform", "junit-platform-engine", "1.14.1")));

        assertThat(needs.noPlatform()).isFalse();
        assertThat(needs.launcherPresent()).isTrue();
        assertThat(needs.launcherToAdd()).isEmpty();
    }

    @Test
    void shouldReportNoPlatformWithoutAnEngine() {
        JUnitPlatformClasspath.Needs needs = JUnitPlatformClasspath.inspect(List.of(JUPITER_API, ASSERTJ,
                artifact("junit", "junit", "4.13.2")));

        assertThat(needs.noPlatform()).isTrue();
        assertThat(needs.launcherToAdd()).isEmpty();
    }

    @Test
    void shouldReportNoPlatformForAnEmptyClasspath() {
        assertThat(JUnitPlatformClasspath.inspect(List.of()).noPlatform()).isTrue();
    }

    @Test
    void shouldIgnoreArtifactsWithTheRightIdInAnotherGroup() {
        JUnitPlatformClasspath.Needs needs = JUnitPlatformClasspath.inspect(List.of(
                artifact("com.fork", "junit-platform-engine", "9.9"),
                artifact("com.fork", "junit-platform-launcher", "9.9")));

        assertThat(needs.noPlatform()).isTrue();
        assertThat(needs.launcherPresent()).isFalse();
    }

    @Test
    void shouldUseTheBaseVersionOfASnapshotEngine() {
        JUnitPlatformClasspath.Needs needs = JUnitPlatformClasspath.inspect(List.of(
                artifact("org.junit.platform", "junit-platform-engine", "6.1.0-20250101.120000-3")));

        assertThat(needs.launcherToAdd()).contains("6.1.0-SNAPSHOT");
    }
}
