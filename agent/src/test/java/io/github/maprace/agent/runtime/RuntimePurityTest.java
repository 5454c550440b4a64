package io.github.maprace.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.commons.ClassRemapper;
import net.bytebuddy.jar.asm.commons.Remapper;
import org.junit.jupiter.api.Test;

/**
 * The runtime is put on the boot class path of the user's test JVM and is called from every
 * instrumented class: it may reference only JDK types and itself, never Byte Buddy, the launcher,
 * JUnit or anything a test's class path brings.
 */
class RuntimePurityTest {

    @Test
    void shouldReferenceOnlyJdkTypesAndTheRuntimeItself() throws Exception {
        Set<String> foreign = new TreeSet<>();
        List<Path> classes = runtimeClasses();
        assertThat(classes).hasSizeGreaterThan(10);
        for (Path c : classes) {
            for (String type : referencedTypes(c)) {
                boolean jdk = type.startsWith("java/") || type.startsWith("jdk/internal/") || type.startsWith("sun/");
                if (!jdk && !type.startsWith("io/github/maprace/agent/runtime/")) {
                    foreign.add(c.getFileName() + " -> " + type);
                }
            }
        }
        assertThat(foreign).as("runtime classes referencing non-JDK types").isEmpty();
    }

    private static List<Path> runtimeClasses() throws IOException, URISyntaxException {
        Path root = Path.of(MapHooks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve("io/github/maprace/agent/runtime");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    private static Set<String> referencedTypes(Path classFile) throws IOException {
        Set<String> types = new TreeSet<>();
        Remapper recorder = new Remapper() {
            @Override
            public String map(String internalName) {
                types.add(internalName);
                return internalName;
            }
        };
        try (InputStream in = Files.newInputStream(classFile)) {
            new ClassReader(in).accept(new ClassRemapper(new ClassWriter(0), recorder), 0);
        }
        return types;
    }
}
