package io.github.maprace.agent.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link TestLauncher}, formatted by the plugin and parsed here:
 * {@code --output DIR}, {@code --classes DIR} (repeatable), {@code --include REGEX} and
 * {@code --exclude REGEX} (repeatable, on fully qualified class names).
 */
public final class LauncherArguments {
    private Path output;
    private final List<Path> classDirectories = new ArrayList<>();
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();

    /** Directory that gets {@code tests.log}. */
    public Path output() {
        return output;
    }

    /** Directories of compiled test classes to scan. */
    public List<Path> classDirectories() {
        return classDirectories;
    }

    /** Class-name patterns of tests to run (empty: the standard test class names). */
    public List<String> includes() {
        return includes;
    }

    /** Class-name patterns of tests not to run. */
    public List<String> excludes() {
        return excludes;
    }

    /** The argument list for these settings. */
    public static List<String> format(Path output, List<Path> classDirectories, List<String> includes,
                                      List<String> excludes) {
        List<String> args = new ArrayList<>(List.of("--output", output.toString()));
        classDirectories.forEach(d -> args.addAll(List.of("--classes", d.toString())));
        includes.forEach(p -> args.addAll(List.of("--include", p)));
        excludes.forEach(p -> args.addAll(List.of("--exclude", p)));
        return args;
    }

    /**
     * Parses arguments.
     *
     * @throws IllegalArgumentException naming the bad argument
     */
    public static LauncherArguments parse(String[] args) {
        LauncherArguments a = new LauncherArguments();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--output" -> a.output = Path.of(value);
                case "--classes" -> a.classDirectories.add(Path.of(value));
                case "--include" -> a.includes.add(value);
                case "--exclude" -> a.excludes.add(value);
                default -> throw new IllegalArgumentException("unknown argument " + flag);
            }
        }
        if (a.output == null) {
            throw new IllegalArgumentException("--output is required");
        }
        return a;
    }
}
