package io.github.maprace.agent;

import io.github.maprace.agent.runtime.TestLogFormat;

/**
 * The audit's {@code forkTimeout}, enforced inside the test JVM: after the given seconds a daemon
 * thread stops the processes the tests started, marks the JVM as timed out (the system property
 * {@link TestLogFormat#TIMED_OUT_PROPERTY}, read by the test listener's exit record) and exits with status
 * {@value #EXIT_STATUS}, so shutdown hooks name the test that hung and where it was. Done here
 * rather than by Surefire, whose fork timeout does not stop a fork whose test thread hangs, nor
 * the processes it started. A JVM whose shutdown hangs is halted after a grace period.
 */
final class ForkTimeout implements Runnable {
    /** Exit status of a JVM stopped at the timeout (as timeout(1) uses). */
    static final int EXIT_STATUS = 124;
    private static final long GRACE_MILLIS = 15_000;

    private final long seconds;

    private ForkTimeout(long seconds) {
        this.seconds = seconds;
    }

    /** Starts the watchdog when {@code seconds} is positive. */
    static void start(long seconds) {
        if (seconds <= 0) {
            return;
        }
        Thread t = new Thread(new ForkTimeout(seconds), "maprace-fork-timeout");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            return;
        }
        System.setProperty(TestLogFormat.TIMED_OUT_PROPERTY, Long.toString(seconds));
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(GRACE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(EXIT_STATUS);
        }, "maprace-fork-timeout-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(EXIT_STATUS);
    }
}
