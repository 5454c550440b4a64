package io.github.maprace.plugin.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds the Java source files under a set of roots and measures them. */
final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * The {@code .java} files under {@code roots}, sorted, each once even when roots nest.
     * Missing roots are skipped silently (a project without {@code src/test/java} is normal);
     * unreadable ones are reported to {@code problems}. {@code module-info.java} is left out: the
     * rules have nothing to say about it, and with a {@code package-info.java} beside it Spoon's
     * no-classpath mode can fail on the whole tree (INRIA/spoon#6707).
     */
    static List<Path> collect(List<Path> roots, List<String> problems) {
        TreeSet<Path> files = new TreeSet<>();
        for (Path root : roots) {
            if (root == null || !Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".java"))
                        .filter(p -> !p.getFileName().toString().equals("module-info.java"))
                        .filter(Files::isRegularFile)
                        .map(SourceFiles::canonical)
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                problems.add("could not list the sources under " + root + ": " + e.getMessage());
            }
        }
        return new ArrayList<>(files);
    }

    /** The path in one canonical spelling, so that the same file is recognised wherever it comes from. */
    static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | RuntimeException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Non-blank lines of a file, counted on bytes so that the file's encoding does not matter. */
    static long nonBlankLines(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return 0;
        }
        long lines = 0;
        boolean blank = true;
        for (byte b : bytes) {
            if (b == '\n') {
                lines += blank ? 0 : 1;
                blank = true;
            } else if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                blank = false;
            }
        }
        return lines + (blank ? 0 : 1);
    }
}
