package io.github.maprace.agent.runtime;

/**
 * The test that is running, set by the launcher so every race names it. Tests run one at a time
 * in the forked JVM, so one volatile field is enough; threads a test starts see its id too.
 */
public final class TestContext {
    private static volatile String current = "";
    private static volatile int number;

    private TestContext() {
    }

    /** Sets the running test's id (empty when between tests). */
    public static void set(String testId) {
        current = testId == null ? "" : testId;
        number = current.isEmpty() ? 0 : TestNumbers.next();
    }

    /** A number for the running test, distinct for each test started, or 0 between tests. */
    static int number() {
        return number;
    }

    /** How many tests the launcher named: 0 when no test framework told the agent (coverage is unknown then). */
    static int testsSeen() {
        return TestNumbers.seen();
    }

    // tests start one at a time: the launcher's thread is the only writer
    private static final class TestNumbers {
        private static int last;

        static synchronized int next() {
            return ++last;
        }

        static synchronized int seen() {
            return last;
        }
    }

    /** The running test's id, or empty. */
    public static String current() {
        return current;
    }
}
