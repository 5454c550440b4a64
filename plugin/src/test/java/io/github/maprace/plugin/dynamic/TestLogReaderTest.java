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
        StringBuilder container = LogCodec.record("CONTAINER_FAILED");
        LogCodec.field(container, "test", "[engine:junit-jupiter]/[class:com.acme.BTest]");
        LogCodec.field(container, "error", "java.lang.NoClassDefFoundError: x");
        lines.add(container.toString());
        summary();

        TestLogReader.Result r = TestLogReader.read(file());

        assertThat(r.completed()).isTrue();
        assertThat(r.tests()).isEqualTo(3);
        assertThat(r.failed()).isEqualTo(1);
        assertThat(r.failures()).containsExactly(
                "com.acme.ATest#two: org.opentest4j.AssertionFailedError: expected 1\nbut was 2",
                "[engine:junit-jupiter]/[class:com.acme.BTest]: java.lang.NoClassDefFoundError: x");
        assertThat(r.lastStarted()).isEmpty();
        assertThat(r.fatal()).isEmpty();
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
    void shouldReadAFatalStart() throws IOException {
        StringBuilder r = LogCodec.record("FATAL");
        LogCodec.field(r, "error", "the JUnit Platform could not start:\tno engine");
        lines.add(r.toString());

        TestLogReader.Result result = TestLogReader.read(file());

        assertThat(result.fatal()).isEqualTo("the JUnit Platform could not start:\tno engine");
        assertThat(result.completed()).isFalse();
        assertThat(result.tests()).isZero();
    }

    @Test
    void shouldReadAMissingFileAsARunThatNeverStarted() throws IOException {
        TestLogReader.Result r = TestLogReader.read(dir.resolve("absent.log"));

        assertThat(r.completed()).isFalse();
        assertThat(r.tests()).isZero();
        assertThat(r.failures()).isEmpty();
        assertThat(r.lastStarted()).isEmpty();
        assertThat(r.fatal()).isEmpty();
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
}
