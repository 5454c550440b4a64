package io.github.maprace.agent;

import io.github.maprace.agent.instrument.ClassFilter;
import io.github.maprace.agent.instrument.Instrumenter;
import io.github.maprace.agent.instrument.JdkInstrumenter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Sets the detector up in a test JVM: puts the runtime on the bootstrap class path (so every class
 * loader sees one copy), opens the race log, and installs the class transformer.
 */
public final class AgentInstaller {
    private static final String RUNTIME_PACKAGE = "io/github/maprace/agent/runtime/";

    private AgentInstaller() {
    }

    /** Installs the detector with the given options. Failures are printed, never thrown. */
    public static void install(AgentOptions options, Instrumentation instrumentation) {
        try {
            instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(runtimeJar(options.output()).toFile()));
            RuntimeStartup.start(options.output(), options.history(), options.perturbSeed());
            RuntimeStartup.openJavaBase(instrumentation);
            Instrumenter.install(instrumentation, new ClassFilter(options.includes(), options.excludes()));
            JdkInstrumenter.install(instrumentation);
            ForkTimeout.start(options.timeoutSeconds());
        } catch (Throwable t) {
            // a broken agent must not take the user's tests down with it
            System.err.println("[maprace] agent could not start, races will not be detected: " + t);
        }
    }

    /**
     * Copies the runtime classes out of the agent jar into their own jar. Only these classes go on
     * the bootstrap path; the rest of the agent (and its shaded Byte Buddy) stays in the system
     * class loader.
     */
    private static Path runtimeJar(Path outputDirectory) throws IOException, URISyntaxException {
        Path agentJar = Path.of(Agent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.createDirectories(outputDirectory);
        Path target = outputDirectory.resolve("maprace-runtime.jar");
        // written under a name of this JVM's own, then moved into place in one step: several test JVMs
        // (Surefire forks) start at once with the same output directory, and a JVM must never read a
        // jar another one is still writing; a JVM that already appended the old file keeps reading it
        Path partial = outputDirectory.resolve("maprace-runtime-" + ProcessHandle.current().pid() + ".jar.part");
        try (JarFile source = new JarFile(agentJar.toFile());
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial))) {
            Enumeration<JarEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.getName().startsWith(RUNTIME_PACKAGE) && !e.isDirectory()) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    try (InputStream in = source.getInputStream(e)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Kept separate so that no runtime class is resolved before the bootstrap jar is appended. */
    private static final class RuntimeStartup {
        static void start(Path outputDirectory, int history, Long perturbSeed) throws IOException {
            io.github.maprace.agent.runtime.History.setDepth(history);
            if (perturbSeed != null) {
                io.github.maprace.agent.runtime.Perturbation.enable(perturbSeed);
            }
            io.github.maprace.agent.runtime.RaceLog.open(outputDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(io.github.maprace.agent.runtime.RaceLog::flush,
                    "maprace-flush"));
        }

        /**
         * Lets {@code java.base} read the runtime (the boot loader's unnamed module), so the hooks
         * inlined into JDK classes ({@link JdkInstrumenter}) link, and opens {@code java.util} and
         * {@code java.util.concurrent.locks} to the runtime and nothing else, so it can read whether a
         * LinkedHashMap is access-ordered and which read-write lock a lock half belongs to. A failure
         * only loses those: the agent error is counted.
         */
        static void openJavaBase(Instrumentation instrumentation) {
            Module runtime = io.github.maprace.agent.runtime.AccessOrder.class.getModule();
            Module base = Object.class.getModule();
            if (instrumentation.isModifiableModule(base)) {
                instrumentation.redefineModule(base, java.util.Set.of(runtime), java.util.Map.of(),
                        java.util.Map.of("java.util", java.util.Set.of(runtime),
                                "java.util.concurrent.locks", java.util.Set.of(runtime)),
                        java.util.Set.of(), java.util.Map.of());
            }
            io.github.maprace.agent.runtime.AccessOrder.enable();
        }
    }

}
