package io.github.maprace.agent.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test that is running, set by the launcher so every race names it. Tests run one at a time
 * in the forked JVM, so one volatile field is enough; threads a test starts see its id too.
 */
public final class TestContext {
    private static volatile String current = "";
    private static volatile int number;
    /** The thread that started the running test (JUnit runs a test on the thread that announces it). */
    private static volatile Thread thread;
    /** Tests started so far: each gets the next number. */
    private static final AtomicInteger STARTED = new AtomicInteger();

    private TestContext() {
    }

    /** Sets the running test's id (empty when between tests). */
    public static void set(String testId) {
        current = testId == null ? "" : testId;
        number = current.isEmpty() ? 0 : STARTED.incrementAndGet();
        thread = current.isEmpty() ? null : Thread.currentThread();
    }

    /** Whether a test is running and the calling thread is not the one that runs it (a thread the test started). */
    static boolean besideTheTest() {
        Thread t = thread;
        return t != null && t != Thread.currentThread();
    }

    /** A number for the running test, distinct for each test started, or 0 between tests. */
    static int number() {
        return number;
    }

    /** How many tests the launcher named: 0 when no test framework told the agent (coverage is unknown then). */
    static int testsSeen() {
        return STARTED.get();
    }

    /** The running test's id, or empty. */
    public static String current() {
        return current;
    }
}
