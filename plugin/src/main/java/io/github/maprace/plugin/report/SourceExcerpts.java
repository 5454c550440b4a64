package io.github.maprace.plugin.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a few source lines around a finding for the HTML page. Files are read once per report;
 * a missing or unreadable file just means no excerpt.
 */
final class SourceExcerpts {

    /** Lines {@code firstLine .. firstLine + lines.size() - 1} of a file. */
    record Excerpt(int firstLine, List<String> lines) {
        Excerpt {
            lines = List.copyOf(lines);
        }
    }

    private final Path baseDir;
    private final int context;
    private final Map<String, Optional<List<String>>> files = new HashMap<>();

    /**
     * @param baseDir the project base directory that finding uris are relative to
     * @param context lines to show before and after the flagged line
     */
    SourceExcerpts(Path baseDir, int context) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.context = context;
    }

    /** The lines around {@code line} of {@code uri}, if the file exists and has that line. */
    Optional<Excerpt> around(String uri, int line) {
        return around(uri, line, line);
    }

    /**
     * The lines around {@code first .. last} of {@code uri} (e.g. a check and its act a few lines
     * further), if the file exists and has them.
     */
    Optional<Excerpt> around(String uri, int first, int last) {
        int line = last;
        if (first <= 0 || last < first) {
            return Optional.empty();
        }
        Optional<List<String>> lines = files.computeIfAbsent(uri, this::read);
        if (lines.isEmpty() || line > lines.get().size()) {
            return Optional.empty();
        }
        List<String> all = lines.get();
        int from = Math.max(1, first - context);
        int to = Math.min(all.size(), line + context);
        return Optional.of(new Excerpt(from, all.subList(from - 1, to)));
    }

    private Optional<List<String>> read(String uri) {
        try {
            Path file = baseDir.resolve(uri).normalize();
            // a uri is data from the model: never let "../" read outside the project
            if (!file.startsWith(baseDir) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            // new String(..., UTF_8) replaces malformed bytes instead of failing on a Latin-1 file
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return Optional.of(text.lines().toList());
        } catch (IOException | RuntimeException e) {
            // InvalidPathException for a uri that is a class name on some platforms, or an I/O error
            return Optional.empty();
        }
    }
}
