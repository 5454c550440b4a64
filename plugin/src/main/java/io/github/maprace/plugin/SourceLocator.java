package io.github.maprace.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns what a class file knows about a place (class name, source file name) into the path
 * reports use: relative to the project base directory, with forward slashes, e.g.
 * {@code src/test/java/com/acme/CacheTest.java}.
 */
public final class SourceLocator {
    private final Path baseDir;
    private final List<Path> sourceRoots;

    /**
     * @param baseDir     the project base directory
     * @param sourceRoots main and test source roots, searched in order
     */
    public SourceLocator(Path baseDir, List<Path> sourceRoots) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.sourceRoots = List.copyOf(sourceRoots);
    }

    /**
     * The relative uri of the source of {@code className} (binary name, nested classes with
     * {@code $}), or its package path when no source root holds it.
     *
     * @param fileName the class file's SourceFile attribute, or empty
     */
    public String uriOf(String className, String fileName) {
        if (className == null || className.isEmpty()) {
            return "unknown";
        }
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
        String file = fileName != null && !fileName.isEmpty() ? fileName : topLevel(className.substring(dot + 1)) + ".java";
        String relative = pkg + file;
        for (Path root : sourceRoots) {
            Path candidate = root.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return relativize(candidate);
            }
        }
        return relative;
    }

    /** True when {@code uri} (from {@link #uriOf}) is a file of the project, not just a package path. */
    public boolean isSource(String uri) {
        try {
            return Files.isRegularFile(baseDir.resolve(uri));
        } catch (RuntimeException e) {
            return false; // InvalidPathException for a uri that is not a path
        }
    }

    /** {@code path} relative to the base directory with forward slashes (absolute if outside it). */
    public String relativize(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path rel = abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    private static String topLevel(String simpleName) {
        int dollar = simpleName.indexOf('$');
        return dollar < 0 ? simpleName : simpleName.substring(0, dollar);
    }
}
