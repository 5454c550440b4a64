package io.github.maprace.plugin.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import spoon.Launcher;
import spoon.compiler.Environment;

/**
 * Builds Spoon models the way the static pass needs them: tolerant, quiet, without comments and
 * without Spoon's self-checks.
 */
final class SpoonModels {

    /**
     * The highest source level Spoon 11.2.1's compiler accepts (24 is rejected), so that code
     * written for a newer JDK than the plugin's still parses.
     */
    private static final int COMPLIANCE_LEVEL = 23;

    private SpoonModels() {
    }

    /** {@link #launcher} with its model built. */
    static Launcher build(List<Path> files, List<String> classpath, List<String> problems) {
        Launcher launcher = launcher(files, classpath, problems);
        launcher.buildModel();
        return launcher;
    }

    /**
     * A launcher over {@code files}, not yet built. No-classpath mode because the plugin never
     * has (or wants) every type the sources mention; syntax errors are ignored so that one broken
     * file drops out of the model instead of failing the build (see PITFALLS.md); comments are off
     * because no rule reads them and they cost time and heap.
     *
     * @param classpath entries that help resolve types; missing entries are left out, and if Spoon
     *                  rejects the rest the model is built without them and {@code problems} says so
     */
    static Launcher launcher(List<Path> files, List<String> classpath, List<String> problems) {
        Launcher launcher = new Launcher();
        Environment environment = launcher.getEnvironment();
        environment.setNoClasspath(true);
        environment.setIgnoreSyntaxErrors(true);
        environment.setCommentEnabled(false);
        environment.setComplianceLevel(COMPLIANCE_LEVEL);
        environment.setLevel("OFF");
        environment.setShouldCompile(false);
        // Spoon's self-checks (a walk of the whole model checking parents after the build, a
        // hashCode computed on every equals, a signature assertion per method added) verify Spoon,
        // not the sources: off, the pass on guava takes 12.3 s instead of 16.0 s, same findings
        environment.disableConsistencyChecks();
        String[] entries = classpath.stream()
                .filter(entry -> entry != null && !entry.isBlank() && Files.exists(Path.of(entry)))
                .filter(entry -> readable(Path.of(entry), problems))
                .toArray(String[]::new);
        if (entries.length > 0) {
            try {
                environment.setSourceClasspath(entries);
            } catch (RuntimeException e) {
                problems.add("the source classpath was not usable, analysing without it: " + e.getMessage());
            }
        }
        files.forEach(file -> launcher.addInputResource(file.toString()));
        return launcher;
    }

    /**
     * True for a directory or a jar that opens. JDT prints a stack trace to stderr for a class path
     * jar that is not a zip (and then goes on without it); we leave such an entry out ourselves and
     * say so once, so a user's build log gets one line instead of a trace.
     */
    private static boolean readable(Path entry, List<String> problems) {
        if (Files.isDirectory(entry)) {
            return true;
        }
        try (ZipFile zip = new ZipFile(entry.toFile())) {
            return true;
        } catch (IOException | RuntimeException e) {
            problems.add("class path entry " + entry + " is not a readable jar (" + e.getMessage()
                    + "); analysing without it");
            return false;
        }
    }
}
