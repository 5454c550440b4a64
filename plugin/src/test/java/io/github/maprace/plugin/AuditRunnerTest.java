package io.github.maprace.plugin;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.plugin.baseline.Baseline;
import io.github.maprace.plugin.dynamic.DynamicPass;
import io.github.maprace.plugin.dynamic.DynamicResult;
import io.github.maprace.plugin.dynamic.JUnitPlatformClasspath;
import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.TestRunSummary;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit's one code path, with a fake build and a fake test JVM: no Maven, no fork. */
class AuditRunnerTest {
    @TempDir
    Path base;

    private final List<String> logged = new ArrayList<>();
    private final List<DynamicPass.Settings> forks = new ArrayList<>();
    private FakeEnvironment env;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(base.resolve("target/test-classes"));
        Files.createDirectories(base.resolve("src/test/java/com/acme"));
        Files.writeString(base.resolve("src/test/java/com/acme/CacheTest.java"), "package com.acme; class CacheTest {}");
        env = new FakeEnvironment();
    }

    private AuditSettings settings(ExistingRun.Mode mode, boolean writeBaseline) {
        return new AuditSettings(new FailurePolicy(true, "error"), false, true, null, List.of("com.acme.*"),
                List.of("com.acme.gen.*"), List.of("**/*Test.java"), List.of(), 60, JvmArgs.split("-Xmx1g -Dx=1"),
                null, Set.of("xml", "sarif"), base.resolve("target/maprace"), mode, base.resolve("maprace-baseline.xml"),
                writeBaseline);
    }

    private AuditRunner runner(DynamicResult forkResult) {
        return new AuditRunner(env, (locator, s) -> {
            forks.add(s);
            return forkResult;
        }, new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                logged.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                logged.add("WARN " + content);
            }

            @Override
            public void error(CharSequence content) {
                logged.add("ERROR " + content);
            }
        });
    }

    static Finding race(int lineA, int lineB) {
        String uri = "src/test/java/com/acme/CacheTest.java";
        Access a = new Access("put", true, "worker-1", Location.of(uri, lineA), List.of());
        Access b = new Access("put", true, "worker-2", Location.of(uri, lineB), List.of());
        return new Finding("DATA_RACE", Severity.ERROR, Origin.DYNAMIC, "Data race at line " + lineA, "fix",
                a.location(), List.of(b.location()),
                new RaceDetails(a, b, null, "java.util.HashMap", "com.acme.CacheTest#puts", 1));
    }

    private static DynamicResult oneRace(int lineA, int lineB) {
        return new DynamicResult(List.of(race(lineA, lineB)), new TestRunSummary(true, 3, 0, 10, 0), List.of(), false);
    }

    @Test
    void shouldMapSettingsToTheForkedRun() throws Exception {
        AuditRunner.Outcome outcome = runner(oneRace(20, 25)).run(settings(ExistingRun.Mode.AUTO, false));

        assertThat(forks).hasSize(1);
        DynamicPass.Settings fork = forks.get(0);
        assertThat(fork.java()).isEqualTo(Path.of("/jdk/bin/java"));
        assertThat(fork.agentJar()).isEqualTo(Path.of("/repo/maprace-agent.jar"));
        assertThat(fork.testClasspath()).containsExactly("/cp/a.jar", "/repo/junit-platform-launcher-1.14.1.jar");
        assertThat(fork.jvmArgs()).containsExactly("-Xmx1g", "-Dx=1");
        assertThat(fork.instrumentIncludes()).containsExactly("com.acme.*");
        assertThat(fork.instrumentExcludes()).containsExactly("com.acme.gen.*");
        assertThat(fork.testIncludes()).containsExactly("**/*Test.java");
        assertThat(fork.timeoutSeconds()).isEqualTo(60);
        assertThat(fork.outputDirectory()).isEqualTo(base.resolve("target/maprace"));
        assertThat(logged).contains("maprace: running tests under the race detector",
                "maprace: 0 static findings (0 errors), 1 races, 0 atomicity violations in 3 tests");
        assertThat(outcome.failing()).hasSize(1);
        assertThat(outcome.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("maprace.xml", "maprace.sarif");
        assertThatThrownBy(outcome::failIfNeeded).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("DATA_RACE at src/test/java/com/acme/CacheTest.java:20")
                .hasMessageContaining("maprace.xml");
    }

    @Test
    void shouldReadThePrepareAgentRunInsteadOfForking() throws Exception {
        Path agent = base.resolve("target/maprace/agent");
        Files.createDirectories(agent);
        StringBuilder r = LogCodec.record("RACE");
        LogCodec.field(r, "id", "1");
        LogCodec.field(r, "kind", "DATA_RACE");
        LogCodec.field(r, "mapType", "java.util.HashMap");
        for (String side : List.of("cur.", "prev.")) {
            LogCodec.field(r, side + "class", "com.acme.CacheTest");
            LogCodec.field(r, side + "file", "CacheTest.java");
            LogCodec.field(r, side + "line", side.equals("cur.") ? 7 : 9);
            LogCodec.field(r, side + "op", "put");
            LogCodec.field(r, side + "write", true);
            LogCodec.field(r, side + "thread", side);
        }
        LogCodec.field(r, "test", "com.acme.CacheTest#puts");
        Files.writeString(agent.resolve("races.log"), r + "\n");
        StringBuilder f = LogCodec.record("FINISHED");
        LogCodec.field(f, "test", "com.acme.CacheTest#puts");
        LogCodec.field(f, "status", "SUCCESSFUL");
        Files.writeString(agent.resolve("tests.log"), f + "\n" + LogCodec.record("SUMMARY") + "\n");
        env.prepared = true;

        AuditRunner.Outcome outcome = runner(oneRace(1, 2)).run(settings(ExistingRun.Mode.AUTO, false));

        assertThat(forks).isEmpty();
        assertThat(logged).noneMatch(l -> l.contains("running tests under the race detector"));
        assertThat(outcome.report().findings()).singleElement().satisfies(x -> {
            assertThat(x.location()).isEqualTo(new Location("src/test/java/com/acme/CacheTest.java", 7,
                    x.location().description()));
            assertThat(x.race().test()).isEqualTo("com.acme.CacheTest#puts");
        });
        assertThat(outcome.report().tests().tests()).isEqualTo(1);
    }

    @Test
    void shouldForkWhenPrepareAgentRanButNoTestJvmWroteARaceLog() throws Exception {
        env.prepared = true;

        runner(oneRace(1, 2)).run(settings(ExistingRun.Mode.AUTO, false));

        assertThat(forks).hasSize(1);
        assertThat(logged).anyMatch(l -> l.startsWith("WARN maprace: maprace:prepare-agent ran, but no test JVM"));
    }

    @Test
    void shouldFailClearlyWhenAnExistingRunIsRequiredButMissing() {
        assertThatThrownBy(() -> runner(oneRace(1, 2)).run(settings(ExistingRun.Mode.TRUE, false)))
                .isInstanceOf(MojoExecutionException.class).hasMessageContaining("useExistingRun=true");
    }

    @Test
    void shouldNotFailOnFindingsInTheBaselineEvenWhenTheirLinesMoved() throws Exception {
        Baseline.of(List.of(race(20, 25))).write(base.resolve("maprace-baseline.xml"));

        AuditRunner.Outcome outcome = runner(oneRace(31, 36)).run(settings(ExistingRun.Mode.FALSE, false));

        assertThat(outcome.failing()).isEmpty();
        assertThat(outcome.baselined()).isEqualTo(1);
        assertThat(Files.readString(base.resolve("target/maprace/maprace.sarif")))
                .contains("\"baselineState\": \"unchanged\"");
        outcome.failIfNeeded();
    }

    @Test
    void shouldFailOnlyOnTheNewFindingWhenABaselineExists() throws Exception {
        Baseline.of(List.of(race(20, 25))).write(base.resolve("maprace-baseline.xml"));
        Finding other = Finding.ofStatic("CHECK_THEN_ACT", Severity.ERROR, "check then act on 'rates'", "fix",
                Location.of("src/main/java/com/acme/Rates.java", 12));
        DynamicResult both = new DynamicResult(List.of(race(20, 25), other), TestRunSummary.NOT_RUN, List.of(), false);

        AuditRunner.Outcome outcome = runner(both).run(settings(ExistingRun.Mode.FALSE, false));

        assertThat(outcome.failing()).containsExactly(other);
        assertThat(Files.readString(base.resolve("target/maprace/maprace.sarif")))
                .contains("\"baselineState\": \"new\"");
    }

    @Test
    void shouldWriteTheBaselineAndNotFailWhenAskedTo() throws Exception {
        AuditRunner.Outcome outcome = runner(oneRace(20, 25)).run(settings(ExistingRun.Mode.FALSE, true));

        assertThat(outcome.failing()).isEmpty();
        assertThat(Baseline.read(base.resolve("maprace-baseline.xml")).size()).isEqualTo(1);
        assertThat(logged).anyMatch(l -> l.startsWith("maprace: baseline with 1 finding(s) written to"));
    }

    @Test
    void shouldSkipTheDynamicPassForSkipTests() throws Exception {
        AuditSettings s = settings(ExistingRun.Mode.AUTO, false);
        AuditSettings skipped = new AuditSettings(s.policy(), false, true, "skipTests", List.of(), List.of(),
                List.of(), List.of(), 0, List.of(), null, s.formats(), s.outputDirectory(), s.useExistingRun(), null,
                false);

        AuditRunner.Outcome outcome = runner(oneRace(1, 2)).run(skipped);

        assertThat(forks).isEmpty();
        assertThat(logged).contains("maprace: dynamic pass skipped (skipTests)");
        assertThat(outcome.report().tests().ran()).isFalse();
    }

    @Test
    void shouldReportABrokenTestRunAsAnExecutionFailure() throws Exception {
        DynamicResult broken = new DynamicResult(List.of(), TestRunSummary.NOT_RUN, List.of("JVM crashed"), true);

        AuditRunner.Outcome outcome = runner(broken).run(settings(ExistingRun.Mode.FALSE, false));

        assertThatThrownBy(outcome::failIfNeeded).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("did not complete: JVM crashed");
    }

    private final class FakeEnvironment implements AuditRunner.Environment {
        boolean prepared;

        @Override
        public String projectName() {
            return "acme";
        }

        @Override
        public Path baseDir() {
            return base;
        }

        @Override
        public List<Path> mainSourceRoots() {
            return List.of();
        }

        @Override
        public List<Path> testSourceRoots() {
            return List.of(base.resolve("src/test/java"));
        }

        @Override
        public List<String> testClasspath() {
            return List.of("/cp/a.jar");
        }

        @Override
        public Path testClassesDirectory() {
            return base.resolve("target/test-classes");
        }

        @Override
        public JUnitPlatformClasspath.Needs junitPlatform() {
            return new JUnitPlatformClasspath.Needs(Optional.of("1.14.1"), false);
        }

        @Override
        public Path launcherJar(String version) {
            return Path.of("/repo/junit-platform-launcher-" + version + ".jar");
        }

        @Override
        public Path agentJar() {
            return Path.of("/repo/maprace-agent.jar");
        }

        @Override
        public Path javaExecutable(Path jvmParameter) {
            return jvmParameter != null ? jvmParameter : Path.of("/jdk/bin/java");
        }

        @Override
        public boolean preparedThisBuild() {
            return prepared;
        }

        @Override
        public long buildStartMillis() {
            return 0;
        }
    }
}
