package io.github.maprace.plugin.dynamic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the test JVM with the agent and waits for it. Arguments go through an {@code @argfile}
 * because test classpaths easily pass the command-line length limit.
 */
public final class ForkedTestRun {
    /** File name of the JVM's console output in the output directory. */
    public static final String CONSOLE_FILE = "test-output.log";
    /** Seconds a timed-out JVM gets to run its shutdown hooks before it is killed. */
    static final long STOP_GRACE_SECONDS = 5;

    private ForkedTestRun() {
    }

    /** The JVM arguments written to the argument file, in order (no agent when {@code agentJar} is null). */
    static List<String> arguments(ForkSpec spec) {
        List<String> args = new ArrayList<>();
        if (spec.agentJar() != null) {
            args.add("-javaagent:" + spec.agentJar() + "=" + spec.agentOptions());
        }
        args.addAll(spec.jvmArgs());
        List<String> cp = new ArrayList<>();
        if (spec.agentJar() != null) {
            cp.add(spec.agentJar().toString());
        }
        cp.addAll(spec.classpath());
        args.add("-cp");
        args.add(String.join(java.io.File.pathSeparator, cp));
        args.add(spec.mainClass());
        args.addAll(spec.programArgs());
        return args;
    }

    /** Quotes one argument for a java {@code @argfile}. */
    static String quote(String arg) {
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Runs the JVM described by {@code spec} and waits for it (or its timeout). */
    public static ForkOutcome run(ForkSpec spec) throws IOException, InterruptedException {
        Files.createDirectories(spec.outputDirectory());
        Path argFile = spec.outputDirectory().resolve("fork.args");
        List<String> lines = new ArrayList<>();
        for (String a : arguments(spec)) {
            lines.add(quote(a));
        }
        Files.write(argFile, lines, StandardCharsets.UTF_8);
        Path console = spec.outputDirectory().resolve(CONSOLE_FILE);
        ProcessBuilder pb = new ProcessBuilder(spec.java().toString(), "@" + argFile)
                .directory(spec.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        boolean finished;
        try {
            if (spec.timeoutSeconds() > 0) {
                finished = p.waitFor(spec.timeoutSeconds(), TimeUnit.SECONDS);
            } else {
                p.waitFor();
                finished = true;
            }
        } catch (InterruptedException e) {
            killTree(p, 0);
            throw e;
        }
        if (!finished) {
            killTree(p, STOP_GRACE_SECONDS);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ForkOutcome(finished ? p.exitValue() : -1, !finished, millis, console);
    }

    /**
     * Stops {@code p} and every process it started. The children are listed first: once the JVM is
     * gone they are re-parented and no longer its descendants. With a grace period the JVM is asked
     * to stop first (SIGTERM), so its shutdown hooks record the running test and flush the race
     * counts; whatever still runs after the grace period is killed.
     */
    static void killTree(Process p, long graceSeconds) throws InterruptedException {
        List<ProcessHandle> children = new ArrayList<>(p.descendants().toList());
        try {
            if (graceSeconds > 0) {
                p.destroy();
                p.waitFor(graceSeconds, TimeUnit.SECONDS);
            }
        } finally {
            p.descendants().forEach(children::add);
            p.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            p.waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle child : children) {
                try {
                    child.onExit().get(5, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // best effort: a process that ignores SIGKILL is beyond our reach
                }
            }
        }
    }
}
