package io.github.maprace.plugin.dynamic;

import io.github.maprace.agent.runtime.LogCodec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the launcher's {@code tests.log}: outcome counts, failures, and the test left running. */
public final class TestLogReader {
    /**
     * What the log says.
     *
     * @param completed     true when the run reached its summary
     * @param tests         tests that finished
     * @param failed        tests that failed
     * @param failures      one line per failed test or container
     * @param lastStarted   the test that started last without finishing, or empty
     * @param fatal         why the run could not start, or empty
     */
    public record Result(boolean completed, long tests, long failed, List<String> failures, String lastStarted,
                         String fatal) {
    }

    private TestLogReader() {
    }

    /** Reads {@code file}; a missing file reads as a run that never started. */
    public static Result read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Result(false, 0, 0, List.of(), "", "");
        }
        boolean completed = false;
        long tests = 0;
        long failed = 0;
        List<String> failures = new ArrayList<>();
        String running = "";
        String fatal = "";
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Map<String, String> f = LogCodec.fields(line);
            switch (LogCodec.type(line)) {
                case "STARTED" -> running = f.getOrDefault("test", "");
                case "FINISHED" -> {
                    tests++;
                    running = "";
                    if ("FAILED".equals(f.get("status"))) {
                        failed++;
                        failures.add(f.get("test") + ": " + f.getOrDefault("error", ""));
                    }
                }
                case "CONTAINER_FAILED" -> failures.add(f.get("test") + ": " + f.getOrDefault("error", ""));
                case "SUMMARY" -> completed = true;
                case "FATAL" -> fatal = f.getOrDefault("error", "");
                default -> { }
            }
        }
        return new Result(completed, tests, failed, failures, running, fatal);
    }
}
