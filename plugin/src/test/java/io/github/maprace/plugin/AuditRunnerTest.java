package io.github.maprace.plugin;

import io.github.maprace.plugin.baseline.Baseline;
import io.github.maprace.plugin.dynamic.DynamicResult;
import io.github.maprace.plugin.dynamic.ExistingRun;
import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.TestRunSummary;
import io.github.maprace.plugin.model.Verdict;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit's one code path, with a fake build and a fake dynamic pass: no Maven, no test JVM. */
class AuditRunnerTest {
    @TempDir
    Path base;

    private final List<String> logged = new ArrayList<>();
    private final List<AuditSettings> runs = new ArrayList<>();
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
        return new AuditRunner(env, (s, locator) -> {
            runs.add(s);
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
    void shouldReportTheRacesOfTheDynamicPassAndFailOnThem() throws Exception {
        AuditRunner.Outcome outcome = runner(oneRace(20, 25)).run(settings(ExistingRun.Mode.AUTO, false));

        assertThat(runs).singleElement().satisfies(s -> {
            assertThat(s.jvmArgs()).containsExactly("-Xmx1g", "-Dx=1");
            assertThat(s.testIncludes()).containsExactly("**/*Test.java");
        });
        assertThat(logged).contains("maprace: 0 static findings (0 errors), 1 race, 0 atomicity violations in 3 tests");
        assertThat(outcome.failing()).hasSize(1);
        assertThat(outcome.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("maprace.xml", "maprace.sarif");
        assertThatThrownBy(outcome::failIfNeeded).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("DATA_RACE at src/test/java/com/acme/CacheTest.java:20")
                .hasMessageContaining("maprace.xml");
    }

    @Test
    void shouldLogARaceThatDoesNotFailTheBuildAsAWarning() throws Exception {
        AuditSettings s = settings(ExistingRun.Mode.AUTO, false);
        AuditSettings noFail = new AuditSettings(new FailurePolicy(false, "error"), false, true, null, List.of(),
                List.of(), List.of(), List.of(), 0, List.of(), null, Set.of("xml"), s.outputDirectory(), s.useExistingRun(),
                s.baseline(), false);

        AuditRunner.Outcome outcome = runner(oneRace(20, 25)).run(noFail);

        assertThat(outcome.failing()).isEmpty();
        assertThat(logged).contains("WARN WARNING: DATA RACE on java.util.HashMap").noneMatch(l -> l.startsWith("ERROR "));
        assertThat(Files.readString(base.resolve("target/maprace/maprace.xml"))).contains("verdict=\"reported\"");
    }

    @Test
    void shouldLogTheFindingThatFailsTheBuildAsAnError() throws Exception {
        runner(oneRace(20, 25)).run(settings(ExistingRun.Mode.AUTO, false));

        assertThat(logged).contains("ERROR WARNING: DATA RACE on java.util.HashMap");
        assertThat(Files.readString(base.resolve("target/maprace/maprace.xml"))).contains("verdict=\"fails-build\"");
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

        assertThat(outcome.failing()).containsExactly(other.withVerdict(Verdict.FAILS_BUILD));
        assertThat(outcome.report().findings()).extracting(Finding::verdict)
                .containsExactly(Verdict.FAILS_BUILD, Verdict.BASELINED); // CHECK_THEN_ACT, then DATA_RACE
        assertThat(Files.readString(base.resolve("target/maprace/maprace.sarif")))
                .contains("\"baselineState\": \"new\"");
    }

    @Test
    void shouldWriteTheBaselineAndNotFailWhenAskedTo() throws Exception {
        AuditRunner.Outcome outcome = runner(oneRace(20, 25)).run(settings(ExistingRun.Mode.FALSE, true));

        assertThat(outcome.failing()).isEmpty();
        assertThat(Baseline.read(base.resolve("maprace-baseline.xml")).size()).isEqualTo(1);
        assertThat(logged).anyMatch(l -> l.startsWith("maprace: baseline with 1 finding written to"));
    }

    @Test
    void shouldSkipTheDynamicPassForSkipTests() throws Exception {
        AuditSettings s = settings(ExistingRun.Mode.AUTO, false);
        AuditSettings skipped = new AuditSettings(s.policy(), false, true, "skipTests", List.of(), List.of(),
                List.of(), List.of(), 0, List.of(), null, s.formats(), s.outputDirectory(), s.useExistingRun(), null,
                false);

        AuditRunner.Outcome outcome = runner(oneRace(1, 2)).run(skipped);

        assertThat(runs).isEmpty();
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
    }
}
