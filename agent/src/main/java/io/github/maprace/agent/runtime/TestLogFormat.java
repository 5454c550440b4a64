package io.github.maprace.agent.runtime;

/**
 * The test log's file name and record types: what the test listener in the test JVM writes next
 * to {@code races.log} and what the plugin reads back. Records are {@link LogCodec} lines; the
 * fields are named where each type is listed.
 */
public final class TestLogFormat {
    /** File name in the agent's output directory. Every test JVM of a run appends to it. */
    public static final String FILE = "tests.log";

    /** A test started: {@code test} (Class#method or unique id), {@code uid}. */
    public static final String STARTED = "STARTED";
    /** A test finished: {@code test}, {@code status} (SUCCESSFUL, FAILED, ABORTED), {@code error}. */
    public static final String FINISHED = "FINISHED";
    /** A test was skipped (disabled): {@code test}, {@code reason}. */
    public static final String SKIPPED = "SKIPPED";
    /** A test class started: {@code test} (class name), {@code uid}. */
    public static final String CONTAINER_STARTED = "CONTAINER_STARTED";
    /** A test class (or a failing container) finished: {@code test}, {@code status}, {@code error}. */
    public static final String CONTAINER_FINISHED = "CONTAINER_FINISHED";
    /** One test plan of one JVM ended: {@code found}, {@code failed}. */
    public static final String SUMMARY = "SUMMARY";
    /**
     * The JVM shut down while a test plan ran: {@code cause} ({@code exit}, {@code timeout} or {@code signal}),
     * {@code caller} (the frame that called exit), {@code test}, {@code stack} (the test thread's frames).
     */
    public static final String EXITED = "EXITED";

    /**
     * System property the agent's fork timeout sets (to the timeout in seconds) before it ends the
     * JVM, so that the {@code EXITED} record says {@code timeout}.
     */
    public static final String TIMED_OUT_PROPERTY = "maprace.forkTimedOut";

    private TestLogFormat() {
    }
}
