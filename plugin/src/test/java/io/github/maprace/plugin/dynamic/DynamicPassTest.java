package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.LogCodec;
import io.github.maprace.plugin.SourceLocator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Planning and reading of the dynamic pass, with a fake Maven build: no Maven, no test JVM. */
class DynamicPassTest {
    @TempDir
    Path base;

    private final List<String> logged = new ArrayList<>();
    private final List<Xpp3Dom> executed = new ArrayList<>();
    private FakeBuild build;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(base.resolve("target/test-classes"));
        Files.createDirectories(base.resolve("src/test/java/com/acme"));
        Files.writeString(base.resolve("src/test/java/com/acme/CacheTest.java"), "package com.acme; class CacheTest {}");
        build = new FakeBuild();
    }

    private DynamicPass.Settings settings(ExistingRun.Mode mode) {
        return new DynamicPass.Settings("-javaagent:/m2/agent.jar=output=x", Path.of("/m2/listener.jar"),
                base.resolve("target/maprace"), mode, List.of(), 0, null, List.of(), List.of());
    }

    private DynamicResult run(ExistingRun.Mode mode) throws MojoExecutionException {
        SourceLocator locator = new SourceLocator(base, List.of(base.resolve("src/test/java")));
        return new DynamicPass(build, new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                logged.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                logged.add("WARN " + content);
            }
        }).run(settings(mode), locator);
    }

    private Path agentDir() throws IOException {
        return Files.createDirectories(base.resolve("target/maprace/agent"));
    }

    private void writeRace() throws IOException {
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
        Files.writeString(agentDir().resolve("races.log"), r + "\n");
    }

    private void writeTestLog(String... records) throws IOException {
        Files.writeString(agentDir().resolve("tests.log"), String.join("\n", records) + "\n");
    }

    private static String record(String type, String... keyValues) {
        StringBuilder r = LogCodec.record(type);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            LogCodec.field(r, keyValues[i], keyValues[i + 1]);
        }
        return r.toString();
    }

    private void writeReport(int passed, int failed) throws IOException {
        StringBuilder xml = new StringBuilder("<testsuite name=\"com.acme.CacheTest\">");
        for (int i = 0; i < passed; i++) {
            xml.append("<testcase classname=\"com.acme.CacheTest\" name=\"ok").append(i).append("\"/>");
        }
        for (int i = 0; i < failed; i++) {
            xml.append("<testcase classname=\"com.acme.CacheTest\" name=\"bad").append(i)
                    .append("\"><failure type=\"java.lang.AssertionError\" message=\"no\"/></testcase>");
        }
        Path dir = Files.createDirectories(base.resolve("target/maprace/surefire-reports"));
        Files.writeString(dir.resolve("TEST-com.acme.CacheTest.xml"), xml.append("</testsuite>").toString());
    }

    @Test
    void shouldRunTheProjectsSurefireExecutionWithTheAgentAndReadWhatItLeft() throws Exception {
        build.onExecute = () -> {
            writeRace();
            writeTestLog(record("STARTED", "test", "com.acme.CacheTest#puts"),
                    record("FINISHED", "test", "com.acme.CacheTest#puts", "status", "SUCCESSFUL"),
                    record("SUMMARY", "found", "1"));
            writeReport(3, 0);
        };

        DynamicResult result = run(ExistingRun.Mode.AUTO);

        assertThat(executed).singleElement().satisfies(config -> {
            assertThat(config.getChild("argLine").getValue())
                    .isEqualTo("-javaagent:/m2/agent.jar=output=x --add-opens java.base/java.lang=ALL-UNNAMED");
            assertThat(config.getChild("systemPropertyVariables").getChild("mode").getValue()).isEqualTo("strict");
        });
        assertThat(result.broken()).isFalse();
        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.race().test())
                .isEqualTo("com.acme.CacheTest#puts"));
        assertThat(result.tests().tests()).isEqualTo(3);
        assertThat(logged).anyMatch(l -> l.startsWith("maprace: running the tests under the race detector with "
                + "Surefire's default-test configuration"));
    }

    @Test
    void shouldRemoveWhatAnEarlierRunLeftBeforeRunning() throws Exception {
        writeRace();
        writeReport(5, 5);

        DynamicResult result = run(ExistingRun.Mode.FALSE);

        assertThat(result.findings()).isEmpty();
        assertThat(result.problems()).singleElement().asString().startsWith("No tests ran under the race detector: "
                + "Surefire's default-test in target/test-classes with its default includes");
    }

    @Test
    void shouldReportTestFailuresWithoutCallingTheRunBroken() throws Exception {
        build.onExecute = () -> writeReport(1, 1);
        build.throwing = new MojoFailureException("There are test failures.");

        DynamicResult result = run(ExistingRun.Mode.AUTO);

        assertThat(result.broken()).isFalse();
        assertThat(result.tests().failed()).isEqualTo(1);
        assertThat(result.problems()).containsExactly(
                "Test failed under the agent: com.acme.CacheTest#bad0: java.lang.AssertionError: no");
    }

    @Test
    void shouldKeepTheRacesAndNameTheTestWhenTheForkExits() throws Exception {
        build.onExecute = () -> {
            writeRace();
            writeTestLog(record("STARTED", "test", "com.acme.ExitTest#quits"),
                    record("EXITED", "test", "com.acme.ExitTest#quits", "cause", "exit", "caller",
                            "com.acme.ExitTest.quits(ExitTest.java:7)"));
        };
        build.throwing = new MojoExecutionException("The forked VM terminated without properly saying goodbye. "
                + "VM crash or System.exit called?\nProcess Exit Code: 3");

        DynamicResult result = run(ExistingRun.Mode.AUTO);

        assertThat(result.broken()).isTrue();
        assertThat(result.findings()).hasSize(1);
        assertThat(result.problems().get(0)).startsWith("The test JVM exited (System.exit(3)) while running "
                + "com.acme.ExitTest#quits, called at com.acme.ExitTest.quits(ExitTest.java:7)");
    }

    @Test
    void shouldReadThePrepareAgentRunInsteadOfRunningSurefire() throws Exception {
        writeRace();
        writeTestLog(record("FINISHED", "test", "com.acme.CacheTest#puts", "status", "SUCCESSFUL"), record("SUMMARY"));
        build.prepared = true;

        DynamicResult result = run(ExistingRun.Mode.AUTO);

        assertThat(executed).isEmpty();
        assertThat(logged).anyMatch(l -> l.startsWith("maprace: reading the race detector's results of the test run "
                + "under prepare-agent"));
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.race().test())
                .isEqualTo("com.acme.CacheTest#puts"));
        assertThat(result.tests().tests()).isEqualTo(1);
    }

    @Test
    void shouldRunSurefireWhenPrepareAgentRanButNoTestJvmWroteARaceLog() throws Exception {
        build.prepared = true;

        run(ExistingRun.Mode.AUTO);

        assertThat(executed).hasSize(1);
        assertThat(logged).anyMatch(l -> l.startsWith("WARN maprace: maprace:prepare-agent ran, but no test JVM"));
    }

    @Test
    void shouldFailClearlyWhenAnExistingRunIsRequiredButMissing() {
        assertThatThrownBy(() -> run(ExistingRun.Mode.TRUE)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("useExistingRun=true");
    }

    @Test
    void shouldRejectASurefireTooOldNamingItsVersion() {
        build.version = "2.12.4";

        assertThatThrownBy(() -> run(ExistingRun.Mode.AUTO)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("maven-surefire-plugin 2.12.4 (execution default-test) is older than 2.22.0");
        assertThat(executed).isEmpty();
    }

    @Test
    void shouldSkipAPomProjectWithoutAdvice() throws Exception {
        build.packaging = "pom";

        DynamicResult result = run(ExistingRun.Mode.AUTO);

        assertThat(result.problems()).isEmpty();
        assertThat(result.tests().ran()).isFalse();
        assertThat(executed).isEmpty();
    }

    @Test
    void shouldSkipLikeSurefireWhenItsConfigurationSkipsTheTests() throws Exception {
        build.extraConfiguration = "<skipTests>true</skipTests>";

        DynamicResult result = run(ExistingRun.Mode.AUTO);

        assertThat(executed).isEmpty();
        assertThat(result.problems()).containsExactly("Dynamic pass skipped: Surefire's default-test skips its tests "
                + "(skipTests=true), as under mvn test.");
    }

    @Test
    void shouldSayWhenTheBuildHasNoSurefireExecution() throws Exception {
        build.noSurefire = true;

        DynamicResult result = run(ExistingRun.Mode.AUTO);

        assertThat(result.problems()).singleElement().asString()
                .contains("has no maven-surefire-plugin test execution");
    }

    /** What the test's fake Surefire execution does. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }

    private final class FakeBuild implements DynamicPass.Build {
        boolean prepared;
        boolean noSurefire;
        String packaging = "jar";
        String version = "3.5.4";
        String extraConfiguration = "";
        Step onExecute = () -> { };
        Exception throwing;

        @Override
        public String packaging() {
            return packaging;
        }

        @Override
        public Path baseDir() {
            return base;
        }

        @Override
        public Path testClassesDirectory() {
            return base.resolve("target/test-classes");
        }

        @Override
        public boolean preparedThisBuild() {
            return prepared;
        }

        @Override
        public long buildStartMillis() {
            return 0;
        }

        @Override
        public String parallelModuleName() {
            return "";
        }

        @Override
        public List<SurefireExecution> surefireExecutions() throws MojoExecutionException {
            if (noSurefire) {
                return List.of();
            }
            try {
                return List.of(new SurefireExecution("default-test", version, Xpp3DomBuilder.build(new StringReader(
                        "<configuration><argLine>${argLine}</argLine>"
                                + "<systemPropertyVariables><mode>strict</mode></systemPropertyVariables>"
                                + extraConfiguration + "</configuration>"))));
            } catch (Exception e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
        }

        @Override
        public String evaluate(SurefireExecution execution, String expression) {
            return "${argLine}".equals(expression) ? "--add-opens java.base/java.lang=ALL-UNNAMED" : expression;
        }

        @Override
        public void execute(SurefireExecution execution, Xpp3Dom configuration)
                throws MojoExecutionException, MojoFailureException {
            executed.add(configuration);
            try {
                onExecute.run();
            } catch (IOException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
            if (throwing instanceof MojoFailureException f) {
                throw f;
            }
            if (throwing instanceof MojoExecutionException x) {
                throw x;
            }
        }
    }
}
