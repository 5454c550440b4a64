package io.github.maprace.plugin.dynamic;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything needed to start the forked test JVM.
 *
 * @param java            the java executable
 * @param agentJar        the maprace agent jar, or {@code null} for a JVM without it (tests)
 * @param agentOptions    the agent options string ({@code AgentOptions.format()})
 * @param jvmArgs         extra JVM arguments from the user
 * @param classpath       the agent jar is prepended; then the test classpath and the launcher
 * @param mainClass       the launcher main class
 * @param programArgs     the launcher's arguments
 * @param workingDirectory the project base directory (tests expect to run there)
 * @param outputDirectory where the argument file and the JVM's console output go
 * @param timeoutSeconds  the run is killed after this long; 0 or less means no limit
 */
public record ForkSpec(Path java, Path agentJar, String agentOptions, List<String> jvmArgs, List<String> classpath,
                       String mainClass, List<String> programArgs, Path workingDirectory, Path outputDirectory,
                       long timeoutSeconds) {
    public ForkSpec {
        jvmArgs = List.copyOf(jvmArgs);
        classpath = List.copyOf(classpath);
        programArgs = List.copyOf(programArgs);
    }
}
