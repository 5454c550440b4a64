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
 * Writes {@code tests.log}: a record when each test starts and finishes, so that the plugin can
 * name the test that was running if the JVM dies, and a summary when the run completes.
 * Records use {@link LogCodec}.
 */
final class TestLog implements AutoCloseable {
    /** File name in the output directory. */
    static final String FILE = "tests.log";

    private final Writer out;

    TestLog(Path outputDirectory) throws IOException {
        Files.createDirectories(outputDirectory);
        out = Files.newBufferedWriter(outputDirectory.resolve(FILE), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    synchronized void write(StringBuilder record) {
        try {
            out.write(record.append('\n').toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
