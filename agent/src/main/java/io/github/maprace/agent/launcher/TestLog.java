package io.github.maprace.agent.launcher;

import io.github.maprace.agent.runtime.RaceLog;
import io.github.maprace.agent.runtime.TestLogFormat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Appends {@link TestLogFormat} records to {@code tests.log} next to the agent's race log, one
 * flushed write per record, so that the plugin can name what was running if the JVM dies and the
 * records of several Surefire forks appending to one file do not mix. The file follows the race
 * log's directory ({@link RaceLog#directory()}); without one nothing is written. Never throws: a
 * log that cannot be written is dropped.
 */
final class TestLog {
    private Path directory;
    private Writer out;

    /** Appends one record and flushes it. */
    synchronized void write(StringBuilder record) {
        Path dir = RaceLog.directory();
        if (!Objects.equals(dir, directory)) {
            open(dir);
        }
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

    private void open(Path dir) {
        directory = dir;
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // the old file is done with either way
        }
        out = null;
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            out = Files.newBufferedWriter(dir.resolve(TestLogFormat.FILE), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            out = null;
        }
    }
}
