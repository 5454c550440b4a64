package io.github.maprace.agent.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {
    private static StackTraceElement frame(String cls, String method, String file, int line) {
        return new StackTraceElement(cls, method, file, line);
    }

    @Test
    void shouldDescribeTheCauseChainAndTheFirstProjectFrame() {
        IllegalStateException root = new IllegalStateException("no config\nat all");
        root.setStackTrace(new StackTraceElement[] {
            frame("java.util.Objects", "requireNonNull", "Objects.java", 1),
            frame("com.acme.Config", "<clinit>", "Config.java", 12)});
        ExceptionInInitializerError error = new ExceptionInInitializerError(root);

        assertThat(Failures.describe(error)).isEqualTo("java.lang.ExceptionInInitializerError <- caused by "
                + "java.lang.IllegalStateException: no config at all (at com.acme.Config.<clinit>(Config.java:12))");
    }

    @Test
    void shouldCapLongDescriptions() {
        String d = Failures.describe(new AssertionError("x".repeat(5000)));

        assertThat(d).hasSize(Failures.MAX_LENGTH).endsWith("...");
    }

    @Test
    void shouldSurviveACauseCycle() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(Failures.describe(a)).startsWith("java.lang.RuntimeException: a <- caused by "
                + "java.lang.RuntimeException: b");
    }

    @Test
    void shouldFindTheFrameThatCalledSystemExit() {
        StackTraceElement[] exiting = {
            frame("java.lang.Thread", "join", "Thread.java", 1),
            frame("java.lang.Shutdown", "exit", "Shutdown.java", 2),
            frame("java.lang.Runtime", "exit", "Runtime.java", 3),
            frame("java.lang.System", "exit", "System.java", 4),
            frame("com.acme.ExitTest", "quits", "ExitTest.java", 7),
            frame("java.lang.reflect.Method", "invoke", "Method.java", 5)};
        StackTraceElement[] signalled = {
            frame("java.lang.Shutdown", "exit", "Shutdown.java", 2),
            frame("jdk.internal.misc.Signal$1", "run", "Signal.java", 3)};

        assertThat(Failures.exitCaller(exiting)).isEqualTo("com.acme.ExitTest.quits(ExitTest.java:7)");
        assertThat(Failures.exitCaller(signalled)).isEmpty();
        assertThat(Failures.exitCaller(new StackTraceElement[0])).isEmpty();
    }

    @Test
    void shouldFormatFramesWithoutModulePrefixes() {
        assertThat(Failures.frame(frame("java.lang.Thread", "sleep", null, -2))).isEqualTo(
                "java.lang.Thread.sleep(Native Method)");
        assertThat(Failures.frame(frame("a.B", "c", null, 3))).isEqualTo("a.B.c(Unknown Source)");
        assertThat(Failures.stack(new StackTraceElement[] {frame("a.B", "c", "B.java", 3),
            frame("a.B", "d", "B.java", 4)}, 1)).isEqualTo("a.B.c(B.java:3)");
    }
}
