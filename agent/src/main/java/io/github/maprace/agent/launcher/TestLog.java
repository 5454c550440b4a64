package io.github.maprace.agent.launcher;

import io.github.maprace.agent.runtime.TestLogFormat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends {@link TestLogFormat} records to {@code tests.log}, one flushed write per record, so that
 * the plugin can name what was running if the JVM dies and the records of several Surefire forks
 * appending to one file do not mix. Never throws: a log that cannot be written is dropped.
 */
final class TestLog {
    private Writer out;

    private TestLog(Writer out) {
        this.out = out;
    }

    /** The log in {@code directory}, or one that writes nothing when it cannot be opened. */
    static TestLog open(Path directory) {
        if (directory == null) {
            return new TestLog(null);
        }
        try {
            Files.createDirectories(directory);
            return new TestLog(Files.newBufferedWriter(directory.resolve(TestLogFormat.FILE), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        } catch (IOException | RuntimeException e) {
            return new TestLog(null);
        }
    }

    /** Appends one record and flushes it. */
    synchronized void write(StringBuilder record) {
        if (out == null) {
            return;
        }
        try {
            out.write(record.append('\n').toString());
            out.flush();
        } catch (IOException e) {
            out = null;
        }
    }
}
