package io.github.maprace.plugin.model;

/**
 * What the dynamic pass ran.
 *
 * @param ran        false when the dynamic pass was skipped or could not start
 * @param tests      tests executed
 * @param failed     tests that failed (the audit does not judge them; it reports them)
 * @param millis     wall time of the forked run
 * @param agentErrors failures inside the agent itself, counted instead of thrown into user code
 */
public record TestRunSummary(boolean ran, long tests, long failed, long millis, long agentErrors) {
    /** The summary of a pass that did not run. */
    public static final TestRunSummary NOT_RUN = new TestRunSummary(false, 0, 0, 0, 0);
}
