package io.github.maprace.plugin;

import java.nio.file.Path;

/**
 * Chooses the java executable of the test JVM: the {@code jvm} parameter, else the {@code jdk}
 * toolchain of maven-toolchains-plugin, else the JVM running Maven.
 */
final class JavaExecutables {
    /**
     * The choice and where it came from.
     *
     * @param java   the executable
     * @param source {@code jvm parameter}, {@code toolchain} or {@code Maven's JVM}
     */
    record Choice(Path java, String source) {
    }

    private JavaExecutables() {
    }

    /**
     * @param jvm           the {@code jvm} parameter, or {@code null}
     * @param toolchainJava what the {@code jdk} toolchain's {@code findTool("java")} returned, or
     *                      {@code null} (no toolchain, or it has no java)
     * @param javaHome      {@code java.home} of the JVM running Maven
     * @param windows       true on Windows ({@code java.exe})
     */
    static Choice choose(Path jvm, String toolchainJava, String javaHome, boolean windows) {
        if (jvm != null) {
            return new Choice(jvm, "jvm parameter");
        }
        if (toolchainJava != null && !toolchainJava.isBlank()) {
            return new Choice(Path.of(toolchainJava), "toolchain");
        }
        return new Choice(Path.of(javaHome, "bin", windows ? "java.exe" : "java"), "Maven's JVM");
    }
}
