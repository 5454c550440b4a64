package io.github.maprace.plugin.dynamic;

import java.nio.file.Path;

/**
 * How the forked test JVM ended.
 *
 * @param exitCode  the process exit status (-1 when it was killed)
 * @param timedOut  true when it ran past the timeout and was killed
 * @param millis    wall time
 * @param console   file holding the JVM's standard output and error
 */
public record ForkOutcome(int exitCode, boolean timedOut, long millis, Path console) {
}
