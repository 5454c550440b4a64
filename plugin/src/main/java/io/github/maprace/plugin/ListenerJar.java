package io.github.maprace.plugin;

import io.github.maprace.plugin.report.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds {@code maprace-junit-listener.jar}: {@link MapraceTestListener}, its service entry, and the
 * agent directory it writes {@code tests.log} to. Its classes exist in no other jar of a test JVM,
 * so whichever class loader runs JUnit loads them next to JUnit (Surefire's system class loader or
 * its isolated one alike).
 */
final class ListenerJar {
    /** File name in the agent directory. */
    static final String FILE_NAME = "maprace-junit-listener.jar";
    static final String SERVICE = "META-INF/services/org.junit.platform.launcher.TestExecutionListener";

    /** By name: loading the class in Maven's JVM would need the JUnit Platform there. */
    static final String LISTENER = "io.github.maprace.plugin.MapraceTestListener";

    private ListenerJar() {
    }

    /** The entries, in order: class files of the listener (with nested classes, if any). */
    static List<String> classEntries() {
        return List.of(LISTENER.replace('.', '/') + ".class");
    }

    /** Writes the jar for a test JVM whose agent writes to {@code agentDirectory}. */
    static void write(Path jar, Path agentDirectory) throws IOException {
        AtomicFiles.write(jar, out -> {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
            try (JarOutputStream j = new JarOutputStream(out, manifest)) {
                for (String entry : classEntries()) {
                    try (InputStream in = ListenerJar.class.getResourceAsStream("/" + entry)) {
                        if (in == null) {
                            throw new IOException("the plugin jar has no " + entry);
                        }
                        j.putNextEntry(new JarEntry(entry));
                        in.transferTo(j);
                        j.closeEntry();
                    }
                }
                j.putNextEntry(new JarEntry(SERVICE));
                j.write((LISTENER + "\n").getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
                j.putNextEntry(new JarEntry(MapraceTestListener.SETTINGS_RESOURCE.substring(1)));
                java.util.Properties props = new java.util.Properties();
                props.setProperty("output", agentDirectory.toAbsolutePath().toString());
                props.store(j, "written by maprace:prepare-agent");
                j.closeEntry();
                j.finish();
            }
        });
    }
}
