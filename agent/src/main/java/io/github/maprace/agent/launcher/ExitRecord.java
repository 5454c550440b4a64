package io.github.maprace.agent.launcher;

import io.github.maprace.agent.runtime.LogCodec;

import java.util.Map;

/**
 * The launcher's shutdown hook: when the JVM shuts down before the run ended (a test called
 * {@code System.exit}, or the plugin stopped the JVM at its {@code forkTimeout}), writes an
 * {@code EXITED} record naming the running test, who called {@code exit} and where the test's
 * thread was. A JVM that dies without shutting down ({@code Runtime.halt}, a crash, SIGKILL)
 * runs no hook; the plugin then has the last {@code STARTED} record.
 */
final class ExitRecord implements Runnable {
    /** Frames of the test's thread written to the record. */
    static final int STACK_FRAMES = 12;

    private final TestLog log;
    private final TestRecorder recorder;
    private volatile boolean runEnded;

    ExitRecord(TestLog log, TestRecorder recorder) {
        this.log = log;
        this.recorder = recorder;
    }

    /** Called by the launcher once the run is over, before it exits itself. */
    void runEnded() {
        runEnded = true;
    }

    @Override
    public void run() {
        if (runEnded) {
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
            StringBuilder r = LogCodec.record("EXITED");
            LogCodec.field(r, "cause", caller.isEmpty() ? "signal" : "exit");
            LogCodec.field(r, "caller", caller);
            LogCodec.field(r, "test", recorder.running());
            StackTraceElement[] testStack = recorder.runningThread().map(all::get).orElse(null);
            LogCodec.field(r, "stack", testStack == null ? "" : Failures.stack(testStack, STACK_FRAMES));
            log.write(r);
        } catch (Throwable ignored) {
            // nothing more can be said: the plugin falls back on the last STARTED record
        }
    }
}
