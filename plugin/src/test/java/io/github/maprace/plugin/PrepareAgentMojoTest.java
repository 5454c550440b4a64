package io.github.maprace.plugin;

import io.github.maprace.agent.AgentOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

class PrepareAgentMojoTest {
    @TempDir
    Path dir;

    private static final AgentOptions OPTIONS = new AgentOptions(Path.of("/p/target/maprace/agent"), List.of(), List.of());

    @Test
    void shouldPrependTheAgentToWhatTheUserHad() {
        String arg = PrepareAgentMojo.agentArgument(Path.of("/repo/maprace-agent-1.jar"), OPTIONS);
        assertThat(arg).isEqualTo("-javaagent:/repo/maprace-agent-1.jar=" + OPTIONS.format());
        assertThat(PrepareAgentMojo.prepend(arg, "-Xmx1g -javaagent:/j/org.jacoco.agent.jar=destfile=x"))
                .isEqualTo(arg + " -Xmx1g -javaagent:/j/org.jacoco.agent.jar=destfile=x");
        assertThat(PrepareAgentMojo.prepend(arg, null)).isEqualTo(arg);
    }

    @Test
    void shouldReplaceAMapraceAgentFromAnEarlierExecution() {
        String arg = PrepareAgentMojo.agentArgument(Path.of("/repo/maprace-agent-2.jar"), OPTIONS);
        String old = "-javaagent:/repo/maprace-agent-1.jar=output=x -ea";
        assertThat(PrepareAgentMojo.prepend(arg, old)).isEqualTo(arg + " -ea");
    }

    @Test
    void shouldQuoteAnAgentPathWithBlanks() {
        assertThat(PrepareAgentMojo.agentArgument(Path.of("/my repo/maprace-agent.jar"), OPTIONS))
                .startsWith("\"-javaagent:/my repo/").endsWith("\"");
    }

    @Test
    void shouldBuildAListenerJarWithItsServiceEntryAndTheAgentDirectory() throws Exception {
        Path jar = dir.resolve(ListenerJar.FILE_NAME);
        ListenerJar.write(jar, dir.resolve("agent dir"));
        try (JarFile j = new JarFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            Collections.list(j.entries()).forEach(e -> names.add(e.getName()));
            assertThat(names).contains("io/github/maprace/plugin/MapraceTestListener.class", ListenerJar.SERVICE,
                    MapraceTestListener.SETTINGS_RESOURCE.substring(1));
            assertThat(new String(j.getInputStream(j.getEntry(ListenerJar.SERVICE)).readAllBytes()).trim())
                    .isEqualTo(MapraceTestListener.class.getName());
            Properties p = new Properties();
            p.load(j.getInputStream(j.getEntry(MapraceTestListener.SETTINGS_RESOURCE.substring(1))));
            assertThat(p.getProperty("output")).isEqualTo(dir.resolve("agent dir").toAbsolutePath().toString());
        }
    }
}
