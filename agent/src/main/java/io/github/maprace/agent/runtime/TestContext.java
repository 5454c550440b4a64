package io.github.maprace.agent.runtime;

/**
 * The test that is running, set by the launcher so every race names it. Tests run one at a time
 * in the forked JVM, so one volatile field is enough; threads a test starts see its id too.
 */
public final class TestContext {
    private static volatile String current = "";

    private TestContext() {
    }

    /** Sets the running test's id (empty when between tests). */
    public static void set(String testId) {
        current = testId == null ? "" : testId;
    }

    /** The running test's id, or empty. */
    public static String current() {
        return current;
    }
}
