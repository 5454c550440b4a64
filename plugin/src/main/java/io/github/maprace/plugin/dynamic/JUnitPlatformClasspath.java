package io.github.maprace.plugin.dynamic;

import java.util.Collection;
import java.util.Optional;

import org.apache.maven.artifact.Artifact;

/**
 * Decides which {@code junit-platform-launcher} the forked JVM needs, the way Surefire does: the
 * version of the project's own {@code junit-platform-engine} (JUnit 5.x uses platform 1.x, JUnit 6
 * uses 6.x), unless the project already has a launcher on its test classpath.
 */
public final class JUnitPlatformClasspath {
    /** Group of the JUnit Platform artifacts. */
    public static final String GROUP = "org.junit.platform";
    /** The launcher artifact id. */
    public static final String LAUNCHER = "junit-platform-launcher";
    /** The engine API artifact id; every test engine depends on it. */
    public static final String ENGINE = "junit-platform-engine";

    /**
     * What the project's test classpath has.
     *
     * @param engineVersion    the junit-platform-engine version, when present
     * @param launcherPresent  whether a junit-platform-launcher is already there
     */
    public record Needs(Optional<String> engineVersion, boolean launcherPresent) {
        /** True when the project has no JUnit Platform engine at all. */
        public boolean noPlatform() {
            return engineVersion.isEmpty();
        }

        /** The launcher version to add, or empty when none is needed or possible. */
        public Optional<String> launcherToAdd() {
            return launcherPresent ? Optional.empty() : engineVersion;
        }
    }

    private JUnitPlatformClasspath() {
    }

    /** Inspects the project's resolved test artifacts. */
    public static Needs inspect(Collection<Artifact> testArtifacts) {
        Optional<String> engine = Optional.empty();
        boolean launcher = false;
        for (Artifact a : testArtifacts) {
            if (!GROUP.equals(a.getGroupId())) {
                continue;
            }
            if (ENGINE.equals(a.getArtifactId())) {
                engine = Optional.of(a.getBaseVersion());
            } else if (LAUNCHER.equals(a.getArtifactId())) {
                launcher = true;
            }
        }
        return new Needs(engine, launcher);
    }
}
