package io.github.maprace.plugin;

import io.github.maprace.agent.AgentOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    void shouldFindTheAgentAndTheListenerJarAmongThePluginsArtifacts() throws Exception {
        List<org.apache.maven.artifact.Artifact> artifacts = new ArrayList<>();
        for (String classifier : new String[] {null, "junit-listener"}) {
            org.apache.maven.artifact.DefaultArtifact a = new org.apache.maven.artifact.DefaultArtifact(
                    "io.github.maprace", "maprace-agent", "1.0", "runtime", "jar", classifier,
                    new org.apache.maven.artifact.handler.DefaultArtifactHandler("jar"));
            a.setFile(dir.resolve(classifier == null ? "agent.jar" : "listener.jar").toFile());
            artifacts.add(a);
        }

        assertThat(AbstractAgentMojo.pluginJar(artifacts, "")).isEqualTo(dir.resolve("agent.jar"));
        assertThat(AbstractAgentMojo.pluginJar(artifacts, "junit-listener")).isEqualTo(dir.resolve("listener.jar"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AbstractAgentMojo.pluginJar(List.of(), ""))
                .hasMessageContaining("maprace-agent artifact is missing");
    }
}
