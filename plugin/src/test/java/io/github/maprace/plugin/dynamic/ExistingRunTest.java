package io.github.maprace.plugin.dynamic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExistingRunTest {
    @TempDir
    Path dir;

    private Path agent() throws Exception {
        return Files.createDirectories(dir.resolve("agent"));
    }

    private Path classes() throws Exception {
        Path c = Files.createDirectories(dir.resolve("test-classes/com/acme"));
        Path f = Files.writeString(c.resolve("CacheTest.class"), "x");
        Files.setLastModifiedTime(f, FileTime.fromMillis(10_000));
        return dir.resolve("test-classes");
    }

    private static void touch(Path p, long millis) throws Exception {
        Files.writeString(p, "");
        Files.setLastModifiedTime(p, FileTime.fromMillis(millis));
    }

    @Test
    void shouldForkWithoutAPrepareAgentRun() throws Exception {
        touch(agent().resolve("races.log"), 50_000); // left by an earlier fork of maprace itself
        assertThat(ExistingRun.decide(ExistingRun.Mode.AUTO, false, 0, agent(), classes()).use()).isFalse();
    }

    @Test
    void shouldUseTheRaceLogWrittenInThisBuildAfterPrepareAgent() throws Exception {
        touch(agent().resolve("races.log"), 50_000);
        assertThat(ExistingRun.decide(ExistingRun.Mode.AUTO, true, 40_000, agent(), classes()).use()).isTrue();
        assertThat(ExistingRun.decide(ExistingRun.Mode.AUTO, true, 60_000, agent(), classes()).use()).isFalse();
    }

    @Test
    void shouldUseAnEarlierPrepareAgentRunOnlyWhenItIsNewerThanTheTests() throws Exception {
        touch(agent().resolve(ExistingRun.MARKER), 20_000);
        touch(agent().resolve("races.log"), 30_000);
        Path classes = classes();
        assertThat(ExistingRun.decide(ExistingRun.Mode.AUTO, false, 99_000, agent(), classes).use()).isTrue();
        Files.setLastModifiedTime(dir.resolve("test-classes/com/acme/CacheTest.class"), FileTime.fromMillis(40_000));
        assertThat(ExistingRun.decide(ExistingRun.Mode.AUTO, false, 99_000, agent(), classes).use()).isFalse();
    }

    @Test
    void shouldObeyTrueAndFalse() throws Exception {
        touch(agent().resolve("races.log"), 1);
        assertThat(ExistingRun.decide(ExistingRun.Mode.TRUE, false, 99_000, agent(), classes()).use()).isTrue();
        assertThat(ExistingRun.decide(ExistingRun.Mode.FALSE, true, 0, agent(), classes()).use()).isFalse();
        Files.delete(agent().resolve("races.log"));
        assertThatThrownBy(() -> ExistingRun.decide(ExistingRun.Mode.TRUE, true, 0, agent(), classes()))
                .hasMessageContaining("prepare-agent");
    }

    @Test
    void shouldParseTheMode() {
        assertThat(ExistingRun.Mode.parse(null)).isEqualTo(ExistingRun.Mode.AUTO);
        assertThat(ExistingRun.Mode.parse(" True ")).isEqualTo(ExistingRun.Mode.TRUE);
        assertThatThrownBy(() -> ExistingRun.Mode.parse("yes")).isInstanceOf(IllegalArgumentException.class);
    }
}
