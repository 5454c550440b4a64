package io.github.maprace.plugin.dynamic;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RunDiagnosisTest {
    private static TestLogReader.Result log(String running, TestLogReader.Exit exit) {
        return new TestLogReader.Result(true, false, 1, 0, List.of(), List.of(), running, Optional.ofNullable(exit));
    }

    private static RunDiagnosis.SurefireOutcome crashed(String message) {
        return new RunDiagnosis.SurefireOutcome(message, true, 0, "Surefire's forkedProcessTimeoutInSeconds");
    }

    @Test
    void shouldNameTheTimeoutTheTestAndWhereItWas() {
        TestLogReader.Exit exit = new TestLogReader.Exit("timeout", "", "com.acme.HangTest#waits",
                "java.lang.Thread.sleep(Native Method)\ncom.acme.HangTest.waits(HangTest.java:12)");
        RunDiagnosis.SurefireOutcome timedOut = new RunDiagnosis.SurefireOutcome(
                "The forked VM terminated without properly saying goodbye.\nProcess Exit Code: 124", true, 10,
                "forkTimeout");

        RunDiagnosis d = RunDiagnosis.of(timedOut, log("com.acme.HangTest#waits", exit));

        assertThat(d.broken()).isTrue();
        assertThat(d.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("The test JVM ran past forkTimeout (10 s) and was killed while running "
                        + "com.acme.HangTest#waits (it was at com.acme.HangTest.waits(HangTest.java:12), in "
                        + "java.lang.Thread.sleep(Native Method)); raise forkTimeout")
                .contains("races found before are reported"));
    }

    @Test
    void shouldNameSurefiresOwnTimeout() {
        RunDiagnosis d = RunDiagnosis.of(new RunDiagnosis.SurefireOutcome("There was a timeout in the fork", false,
                30, "Surefire's forkedProcessTimeoutInSeconds"), log("com.acme.HangTest#waits", null));

        assertThat(d.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("The test JVM ran past Surefire's "
                + "forkedProcessTimeoutInSeconds (30 s) and was killed while running com.acme.HangTest#waits"));
    }

    @Test
    void shouldNameSystemExitItsStatusAndItsCaller() {
        TestLogReader.Exit exit = new TestLogReader.Exit("exit", "com.acme.ExitTest.quits(ExitTest.java:7)",
                "com.acme.ExitTest#quits", "");

        RunDiagnosis d = RunDiagnosis.of(crashed("The forked VM terminated without properly saying goodbye. VM crash "
                + "or System.exit called?\nCommand was /bin/sh -c java ...\nProcess Exit Code: 3"),
                log("com.acme.ExitTest#quits", exit));

        assertThat(d.problem()).hasValueSatisfying(p -> assertThat(p).startsWith(
                "The test JVM exited (System.exit(3)) while running com.acme.ExitTest#quits, called at "
                        + "com.acme.ExitTest.quits(ExitTest.java:7); a test must not end the JVM"));
    }

    @Test
    void shouldCallAJvmWithoutShutdownHooksDead() {
        RunDiagnosis d = RunDiagnosis.of(crashed("The forked VM terminated without properly saying goodbye.\n"
                + "Process Exit Code: 137"), log("com.acme.HaltTest#halts", null));

        assertThat(d.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("The test JVM died without shutting down (exit status 137, which is also how signal 9 "
                        + "looks) while running com.acme.HaltTest#halts: Runtime.halt(), a JVM crash"));
    }

    @Test
    void shouldExplainAnOutOfMemoryErrorThatAbortedTheRun() {
        RunDiagnosis d = RunDiagnosis.of(crashed("There was an error in the forked process\n"
                + "java.lang.OutOfMemoryError: Java heap space"), log("com.acme.BigTest#fills", null));

        assertThat(d.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("The test run was aborted while running com.acme.BigTest#fills by "
                        + "java.lang.OutOfMemoryError").contains("-Xmx"));
    }

    @Test
    void shouldAcceptACompletedRunAndTestFailures() {
        assertThat(RunDiagnosis.of(RunDiagnosis.SurefireOutcome.completed(0, "forkTimeout"), log("", null)).broken())
                .isFalse();
        assertThat(RunDiagnosis.of(new RunDiagnosis.SurefireOutcome("There are test failures.", false, 0, "x"),
                log("", null))).isEqualTo(new RunDiagnosis(false, Optional.empty()));
    }

    @Test
    void shouldSayWhenSurefireCouldNotStartTheTests() {
        TestLogReader.Result nothing = new TestLogReader.Result(false, false, 0, 0, List.of(), List.of(), "",
                Optional.empty());

        RunDiagnosis d = RunDiagnosis.of(crashed("\nThe forked VM terminated without properly saying goodbye.\n"
                + "Error occurred in starting fork, check output in log\nProcess Exit Code: 1"), nothing);

        assertThat(d.problem()).hasValue("Surefire could not run the tests under the agent: The forked VM terminated "
                + "without properly saying goodbye. (the test JVM did not start: see the JVM's own message above it in "
                + "the build log)");
    }

    @Test
    void shouldNotSayTheJvmDidNotStartWhenTheAgentRanInIt() {
        TestLogReader.Result nothing = new TestLogReader.Result(false, false, 0, 0, List.of(), List.of(), "",
                Optional.empty());

        // a TestNG run killed from outside: Surefire's generic wording, no JUnit Platform progress
        RunDiagnosis d = RunDiagnosis.of(crashed("\nThe forked VM terminated without properly saying goodbye.\n"
                + "Error occurred in starting fork, check output in log\nProcess Exit Code: 143"), nothing, true);

        assertThat(d.broken()).isTrue();
        assertThat(d.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("The test JVM ended without completing the run (exit status 143, which is also how "
                        + "signal 15 looks): The forked VM terminated without properly saying goodbye. (it had started")
                .contains("such as TestNG")
                .doesNotContain("did not start")
                .contains("races found before are reported"));
    }
}
