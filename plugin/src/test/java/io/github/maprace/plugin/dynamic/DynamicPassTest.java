package io.github.maprace.plugin.dynamic;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DynamicPassTest {
    private static final Path PROJECT = Path.of("/work/project");

    private static DynamicPass.Settings settings(long timeout, List<String> includes) {
        return new DynamicPass.Settings(Path.of("java"), Path.of("agent.jar"), List.of(),
                PROJECT.resolve("target/test-classes"), PROJECT, PROJECT.resolve("target/maprace"), List.of(),
                List.of(), includes, List.of(), List.of(), timeout);
    }

    private static ForkOutcome exited(int status) {
        return new ForkOutcome(status, false, 100, PROJECT.resolve("target/maprace/agent/test-output.log"));
    }

    private static TestLogReader.Result log(boolean completed, String running, String aborted,
                                            TestLogReader.Exit exit) {
        return new TestLogReader.Result(completed, 2, 1, 0, List.of(), List.of(), running, "", aborted,
                Optional.ofNullable(exit));
    }

    @Test
    void shouldNameTheTimeoutTheTestAndWhereItWas() {
        TestLogReader.Exit exit = new TestLogReader.Exit(false, "", "com.acme.HangTest#waits",
                "java.lang.Thread.sleep(Native Method)\ncom.acme.HangTest.waits(HangTest.java:12)");
        ForkOutcome timedOut = new ForkOutcome(-1, true, 10_000, Path.of("console"));

        DynamicPass.Diagnosis d = DynamicPass.diagnose(timedOut, log(false, "com.acme.HangTest#waits", "", exit),
                settings(10, List.of()), "");

        assertThat(d.broken()).isTrue();
        assertThat(d.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("The test JVM ran past forkTimeout (10 s) and was killed while running "
                        + "com.acme.HangTest#waits (it was at com.acme.HangTest.waits(HangTest.java:12), in "
                        + "java.lang.Thread.sleep(Native Method))")
                .contains("races found before are reported"));
    }

    @Test
    void shouldNameSystemExitItsStatusAndItsCaller() {
        TestLogReader.Exit exit = new TestLogReader.Exit(true, "com.acme.ExitTest.quits(ExitTest.java:7)",
                "com.acme.ExitTest#quits", "");

        DynamicPass.Diagnosis d = DynamicPass.diagnose(exited(3), log(false, "com.acme.ExitTest#quits", "", exit),
                settings(900, List.of()), "");

        assertThat(d.broken()).isTrue();
        assertThat(d.problem()).hasValueSatisfying(p -> assertThat(p).startsWith(
                "The test JVM exited (System.exit(3)) while running com.acme.ExitTest#quits, called at "
                        + "com.acme.ExitTest.quits(ExitTest.java:7)"));
    }

    @Test
    void shouldCallAJvmWithoutShutdownHooksDeadAndPointAtTheCrashReport() {
        DynamicPass.Diagnosis d = DynamicPass.diagnose(exited(137), log(false, "com.acme.HaltTest#halts", "", null),
                settings(900, List.of()), "target/maprace/agent/hs_err_pid42.log");

        assertThat(d.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("The test JVM died without shutting down (exit status 137, which is also how signal 9 "
                        + "looks) while running com.acme.HaltTest#halts: Runtime.halt(), a JVM crash (crash report: "
                        + "target/maprace/agent/hs_err_pid42.log)"));
    }

    @Test
    void shouldExplainAnOutOfMemoryErrorThatAbortedTheRun() {
        DynamicPass.Diagnosis d = DynamicPass.diagnose(exited(4), log(false, "com.acme.BigTest#fills",
                "java.lang.OutOfMemoryError: Java heap space", null), settings(900, List.of()), "");

        assertThat(d.broken()).isTrue();
        assertThat(d.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("The test run was aborted while running com.acme.BigTest#fills by "
                        + "java.lang.OutOfMemoryError: Java heap space")
                .contains("-Xmx"));
    }

    @Test
    void shouldAcceptACompletedRun() {
        DynamicPass.Diagnosis d = DynamicPass.diagnose(exited(0), log(true, "", "", null), settings(900, List.of()),
                "");

        assertThat(d.broken()).isFalse();
        assertThat(d.problem()).isEmpty();
    }

    @Test
    void shouldSayWhenTheJvmDiedBeforeAnyTestStarted() {
        DynamicPass.Diagnosis d = DynamicPass.diagnose(exited(1), log(false, "", "", null), settings(900, List.of()),
                "");

        assertThat(d.problem()).hasValueSatisfying(p -> assertThat(p).contains("before any test started"));
    }

    @Test
    void shouldShowPathsInsideTheProjectRelativeToIt() {
        assertThat(DynamicPass.shown(PROJECT, PROJECT.resolve("target/maprace/agent/x.log")))
                .isEqualTo("target/maprace/agent/x.log");
        assertThat(DynamicPass.shown(PROJECT, Path.of("/elsewhere/x.log"))).isEqualTo("/elsewhere/x.log");
    }

    @Test
    void shouldShowTheLastLinesOfTheConsoleWithoutTheJvmsSharingNotice(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path console = dir.resolve("test-output.log");
        List<String> lines = new java.util.ArrayList<>();
        lines.add("OpenJDK 64-Bit Server VM warning: Sharing is only supported for boot loader classes because "
                + "bootstrap classpath has been appended");
        for (int i = 1; i <= 30; i++) {
            lines.add("line " + i);
        }
        java.nio.file.Files.write(console, lines);

        String tail = DynamicPass.tail(console);

        assertThat(tail.split("\n")).hasSize(DynamicPass.CONSOLE_TAIL_LINES).startsWith("line 11").endsWith("line 30");
    }
}
