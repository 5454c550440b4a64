package io.github.maprace.plugin;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JavaExecutablesTest {

    @Test
    void shouldPreferTheJvmParameterOverTheToolchain() {
        JavaExecutables.Choice c = JavaExecutables.choose(Path.of("/jdk25/bin/java"), "/tc/bin/java", "/maven", false);
        assertThat(c.java()).isEqualTo(Path.of("/jdk25/bin/java"));
        assertThat(c.source()).isEqualTo("jvm parameter");
    }

    @Test
    void shouldPreferTheToolchainOverMavensJvm() {
        JavaExecutables.Choice c = JavaExecutables.choose(null, "/tc/bin/java", "/maven", false);
        assertThat(c.java()).isEqualTo(Path.of("/tc/bin/java"));
        assertThat(c.source()).isEqualTo("toolchain");
    }

    @Test
    void shouldFallBackToMavensOwnJvm() {
        assertThat(JavaExecutables.choose(null, null, "/maven", false).java()).isEqualTo(Path.of("/maven/bin/java"));
        assertThat(JavaExecutables.choose(null, " ", "/maven", true).java()).isEqualTo(Path.of("/maven/bin/java.exe"));
    }
}
