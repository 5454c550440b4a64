package io.github.maprace.agent.launcher;

import io.github.maprace.agent.runtime.LogCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes {@code tests.log}: a record when each test (and test class) starts and finishes, flushed
 * at once, so that the plugin can name what was running if the JVM dies; a record from the
 * shutdown hook when the JVM exits in the middle of the run; and a summary when the run completes.
 * Records use {@link LogCodec}.
 */
final class TestLog implements AutoCloseable {
    /** File name in the output directory. */
    static final String FILE = "tests.log";

    private final Writer out;
    private boolean closed;

    TestLog(Path outputDirectory) throws IOException {
        Files.createDirectories(outputDirectory);
        out = Files.newBufferedWriter(outputDirectory.resolve(FILE), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /** Appends one record and flushes it; a no-op once the log is closed (a late shutdown hook). */
    synchronized void write(StringBuilder record) {
        if (closed) {
            return;
        }
        try {
            out.write(record.append('\n').toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
