package io.github.maprace.plugin.dynamic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForkedTestRunTest {

    private static ForkSpec spec(List<String> jvmArgs, List<String> classpath, List<String> programArgs) {
        return new ForkSpec(Path.of("/jdk/bin/java"), Path.of("/m2/maprace-agent.jar"), "output=%2Ftmp%2Fout",
                jvmArgs, classpath, "io.github.maprace.agent.launcher.TestLauncher", programArgs,
                Path.of("/project"), Path.of("/project/target/maprace"), 0);
    }

    @Test
    void shouldQuoteEveryArgument() {
        assertThat(ForkedTestRun.quote("plain")).isEqualTo("\"plain\"");
        assertThat(ForkedTestRun.quote("")).isEqualTo("\"\"");
        assertThat(ForkedTestRun.quote("with space")).isEqualTo("\"with space\"");
    }

    @Test
    void shouldEscapeQuotesAndBackslashes() {
        assertThat(ForkedTestRun.quote("-Dmsg=say \"hi\"")).isEqualTo("\"-Dmsg=say \\\"hi\\\"\"");
        assertThat(ForkedTestRun.quote("C:\\Users\\me")).isEqualTo("\"C:\\\\Users\\\\me\"");
        assertThat(ForkedTestRun.quote("\\\"")).isEqualTo("\"\\\\\\\"\"");
    }

    @Test
    void shouldPutTheAgentFirstThenJvmArgsClasspathMainAndProgramArgs() {
        List<String> args = ForkedTestRun.arguments(spec(List.of("-Xmx512m", "-Dk=a b"),
                List.of("/p/target/test-classes", "/p/target/classes"), List.of("--output", "/tmp/out")));

        assertThat(args).containsExactly(
                "-javaagent:/m2/maprace-agent.jar=output=%2Ftmp%2Fout",
                "-Xmx512m", "-Dk=a b",
                "-cp", String.join(File.pathSeparator, "/m2/maprace-agent.jar", "/p/target/test-classes",
                        "/p/target/classes"),
                "io.github.maprace.agent.launcher.TestLauncher",
                "--output", "/tmp/out");
    }

    @Test
    void shouldProduceOneArgfileLinePerArgument() {
        List<String> args = ForkedTestRun.arguments(spec(List.of("-Dsay=\"x\""), List.of("/dir with space/c"),
                List.of()));

        List<String> lines = args.stream().map(ForkedTestRun::quote).toList();

        assertThat(lines).hasSameSizeAs(args).allSatisfy(l -> {
            assertThat(l).startsWith("\"").endsWith("\"").doesNotContain("\n");
        });
        assertThat(lines).contains("\"-Dsay=\\\"x\\\"\"");
        assertThat(lines.get(lines.size() - 2)).contains("/dir with space/c");
    }

    @Test
    void shouldLeaveOutTheAgentWhenThereIsNone() {
        ForkSpec spec = new ForkSpec(Path.of("java"), null, "", List.of(), List.of("/c"), "Main", List.of(),
                Path.of("/project"), Path.of("/project/target/maprace"), 0);

        assertThat(ForkedTestRun.arguments(spec)).containsExactly("-cp", "/c", "Main");
    }

    @Test
    void shouldKillTheJvmAndTheProcessesItStartedWhenItRunsPastTheTimeout(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("child.pid");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ForkSpec spec = new ForkSpec(java, null, "", List.of("-Xmx32m"),
                List.of(System.getProperty("java.class.path")), Sleeper.class.getName(),
                List.of(pidFile.toString()), dir, dir.resolve("out"), 3);
        long start = System.nanoTime();

        ForkOutcome outcome = ForkedTestRun.run(spec);

        assertThat(outcome.timedOut()).isTrue();
        assertThat(outcome.exitCode()).isEqualTo(-1);
        assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(30);
        assertThat(pidFile).exists();
        long child = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false))
                .as("child process %d of the timed-out JVM", child).isFalse();
    }
}
