package io.github.maprace.plugin.analysis;

import io.github.maprace.plugin.rules.Rule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the static cache's results depend on besides the sources: the plugin build that computed
 * them (its jar's size and time, so a rebuilt snapshot starts afresh), the rules that ran, and the
 * class path jars that resolved types. Class path directories count by name only: they are mostly
 * the project's own output, rebuilt from the very sources the cache compares.
 */
final class CacheKey {

    private CacheKey() {
    }

    static String of(List<Rule> rules, List<String> classpath) {
        StringBuilder key = new StringBuilder("plugin ").append(pluginBuild()).append('\n');
        rules.forEach(rule -> key.append("rule ").append(rule.info().id()).append('\n'));
        for (String entry : classpath) {
            key.append("classpath ").append(entry);
            Path path = entry == null ? null : Path.of(entry);
            if (path != null && Files.isRegularFile(path)) {
                key.append(' ').append(stamp(path));
            }
            key.append('\n');
        }
        return SourceText.sha256(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The plugin's own classes: a jar by size and time, a directory (tests) by its newest class file. */
    private static String pluginBuild() {
        try {
            CodeSource source = CacheKey.class.getProtectionDomain().getCodeSource();
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location + " " + stamp(location);
            }
            try (Stream<Path> classes = Files.walk(location)) {
                return location + " " + classes.filter(Files::isRegularFile).mapToLong(CacheKey::modified).max().orElse(0);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // an unknown build never matches a written key twice in a row by accident: use the time
            return "unknown " + System.nanoTime();
        }
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
