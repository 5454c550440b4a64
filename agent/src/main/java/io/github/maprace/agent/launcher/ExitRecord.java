package io.github.maprace.agent.launcher;

import io.github.maprace.agent.runtime.TestLogFormat;

import java.util.Map;

/**
 * Shutdown hook: when the JVM shuts down while a test plan runs (a test called
 * {@code System.exit}, the agent's fork timeout fired, or a signal stopped the JVM), writes an
 * {@code EXITED} record naming the cause, the running test, who called {@code exit} and where the
 * test's thread was. A JVM
 * that dies without shutting down ({@code Runtime.halt}, a crash, SIGKILL) runs no hook; the
 * plugin then has the last {@code STARTED} record.
 */
final class ExitRecord implements Runnable {
    /** Frames of the test's thread written to the record. */
    static final int STACK_FRAMES = 12;

    private final TestRun run;

    ExitRecord(TestRun run) {
        this.run = run;
    }

    @Override
    public void run() {
        if (!run.inPlan()) {
            return;
        }
        try {
            Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
            String caller = "";
            for (StackTraceElement[] frames : all.values()) {
                caller = Failures.exitCaller(frames);
                if (!caller.isEmpty()) {
                    break;
                }
            }
            StackTraceElement[] testStack = run.runningThread().map(all::get).orElse(null);
            // the agent's fork timeout calls exit itself and says so
            String cause = System.getProperty(TestLogFormat.TIMED_OUT_PROPERTY) != null ? "timeout"
                    : caller.isEmpty() ? "signal" : "exit";
            run.write(TestLogFormat.EXITED, run.running(), "cause", cause,
                    "caller", caller, "stack", testStack == null ? "" : Failures.stack(testStack, STACK_FRAMES));
        } catch (Throwable ignored) {
            // nothing more can be said: the plugin falls back on the last STARTED record
        }
    }
}
