package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.LogCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestLogReaderTest {
    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();

    private void started(String test) {
        StringBuilder r = LogCodec.record("STARTED");
        LogCodec.field(r, "test", test);
        LogCodec.field(r, "uid", "[engine:junit-jupiter]/[class:" + test + "]");
        lines.add(r.toString());
    }

    private void finished(String test, String status, String error) {
        StringBuilder r = LogCodec.record("FINISHED");
        LogCodec.field(r, "test", test);
        LogCodec.field(r, "status", status);
        LogCodec.field(r, "error", error);
        lines.add(r.toString());
    }

    private void containerStarted(String testClass) {
        StringBuilder r = LogCodec.record("CONTAINER_STARTED");
        LogCodec.field(r, "test", testClass);
        lines.add(r.toString());
    }

    private void containerFinished(String testClass, String status, String error) {
        StringBuilder r = LogCodec.record("CONTAINER_FINISHED");
        LogCodec.field(r, "test", testClass);
        LogCodec.field(r, "status", status);
        LogCodec.field(r, "error", error);
        lines.add(r.toString());
    }

    private void summary() {
        StringBuilder r = LogCodec.record("SUMMARY");
        LogCodec.field(r, "found", 3);
        LogCodec.field(r, "succeeded", 1);
        LogCodec.field(r, "failed", 1);
        lines.add(r.toString());
    }

    private Path file() throws IOException {
        Path f = dir.resolve("tests.log");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void shouldReadACompletedRun() throws IOException {
        started("com.acme.ATest#one");
        finished("com.acme.ATest#one", "SUCCESSFUL", "");
        started("com.acme.ATest#two");
        finished("com.acme.ATest#two", "FAILED", "org.opentest4j.AssertionFailedError: expected 1\nbut was 2");
        started("com.acme.ATest#three");
        finished("com.acme.ATest#three", "ABORTED", "assumption");
        containerStarted("com.acme.BTest");
        containerFinished("com.acme.BTest", "FAILED", "java.lang.ExceptionInInitializerError");
        summary();

        TestLogReader.Result r = TestLogReader.read(file());

        assertThat(r.completed()).isTrue();
        assertThat(r.tests()).isEqualTo(3);
        assertThat(r.failed()).isEqualTo(1);
        assertThat(r.started()).isTrue();
        assertThat(r.failures()).containsExactly(
                "com.acme.ATest#two: org.opentest4j.AssertionFailedError: expected 1\nbut was 2");
        assertThat(r.classFailures()).containsExactly("com.acme.BTest: java.lang.ExceptionInInitializerError");
        assertThat(r.lastStarted()).isEmpty();
    }

    @Test
    void shouldNameTheTestLeftRunningWhenTheRunDidNotComplete() throws IOException {
        started("com.acme.ATest#one");
        finished("com.acme.ATest#one", "SUCCESSFUL", "");
        started("com.acme.ATest#hangs");

        TestLogReader.Result r = TestLogReader.read(file());

        assertThat(r.completed()).isFalse();
        assertThat(r.tests()).isEqualTo(1);
        assertThat(r.failed()).isZero();
        assertThat(r.lastStarted()).isEqualTo("com.acme.ATest#hangs");
    }

    @Test
    void shouldLeaveNoTestRunningWhenTheLastOneFinished() throws IOException {
        started("com.acme.ATest#one");
        finished("com.acme.ATest#one", "SUCCESSFUL", "");

        TestLogReader.Result r = TestLogReader.read(file());

        assertThat(r.completed()).isFalse();
        assertThat(r.lastStarted()).isEmpty();
    }

    @Test
    void shouldReadAMissingFileAsARunThatNeverStarted() throws IOException {
        TestLogReader.Result r = TestLogReader.read(dir.resolve("absent.log"));

        assertThat(r.completed()).isFalse();
        assertThat(r.tests()).isZero();
        assertThat(r.failures()).isEmpty();
        assertThat(r.lastStarted()).isEmpty();
    }

    @Test
    void shouldTolerateBlankAndUnknownLines() throws IOException {
        lines.add("");
        lines.add("SOMETHING_NEW\tx=y");
        started("com.acme.ATest#one");
        finished("com.acme.ATest#one", "SUCCESSFUL", "");
        summary();

        TestLogReader.Result r = TestLogReader.read(file());

        assertThat(r.completed()).isTrue();
        assertThat(r.tests()).isEqualTo(1);
    }

    @Test
    void shouldReadTheExitRecordOfASystemExit() throws IOException {
        started("com.acme.ATest#exits");
        StringBuilder r = LogCodec.record("EXITED");
        LogCodec.field(r, "cause", "exit");
        LogCodec.field(r, "caller", "com.acme.ATest.exits(ATest.java:9)");
        LogCodec.field(r, "test", "com.acme.ATest#exits");
        LogCodec.field(r, "stack", "java.lang.Object.wait(Native Method)\ncom.acme.ATest.exits(ATest.java:9)");
        lines.add(r.toString());

        TestLogReader.Result result = TestLogReader.read(file());

        assertThat(result.completed()).isFalse();
        assertThat(result.lastStarted()).isEqualTo("com.acme.ATest#exits");
        assertThat(result.exit()).hasValueSatisfying(e -> {
            assertThat(e.bySystemExit()).isTrue();
            assertThat(e.caller()).isEqualTo("com.acme.ATest.exits(ATest.java:9)");
            assertThat(e.stack()).endsWith("com.acme.ATest.exits(ATest.java:9)");
        });
    }

    @Test
    void shouldCallARunWithAnExitRecordIncompleteEvenAfterASummaryOfAnotherJvm() throws IOException {
        started("com.acme.ATest#one");
        finished("com.acme.ATest#one", "SUCCESSFUL", "");
        summary();
        started("com.acme.BTest#exits");
        StringBuilder r = LogCodec.record("EXITED");
        LogCodec.field(r, "cause", "signal");
        LogCodec.field(r, "test", "com.acme.BTest#exits");
        lines.add(r.toString());

        TestLogReader.Result result = TestLogReader.read(file());

        assertThat(result.completed()).isFalse();
        assertThat(result.lastStarted()).isEqualTo("com.acme.BTest#exits");
        assertThat(result.exit()).hasValueSatisfying(e -> assertThat(e.bySystemExit()).isFalse());
    }

    @Test
    void shouldNameTheTestClassWhenTheJvmDiedDuringItsSetUp() throws IOException {
        containerStarted("com.acme.ATest");
        started("com.acme.ATest#one");
        finished("com.acme.ATest#one", "SUCCESSFUL", "");
        containerFinished("com.acme.ATest", "SUCCESSFUL", "");
        containerStarted("com.acme.BTest");

        TestLogReader.Result result = TestLogReader.read(file());

        assertThat(result.lastStarted()).isEqualTo("com.acme.BTest");
        assertThat(result.classFailures()).isEmpty();
    }

    @Test
    void shouldDropALastLineCutShortByADyingJvm() throws IOException {
        started("com.acme.ATest#one");
        Path f = file();
        Files.write(f, "STARTED\ttest=com.acme.ATest#tw".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);

        TestLogReader.Result result = TestLogReader.read(f);

        assertThat(result.lastStarted()).isEqualTo("com.acme.ATest#one");
    }

    @Test
    void shouldReadMalformedUtf8WithoutFailing() throws IOException {
        Path f = dir.resolve("tests.log");
        byte[] bad = {'S', 'T', 'A', 'R', 'T', 'E', 'D', '\t', 't', '=', (byte) 0xC3, '\n'};
        Files.write(f, bad);

        TestLogReader.Result result = TestLogReader.read(f);

        assertThat(result.completed()).isFalse();
    }
}
