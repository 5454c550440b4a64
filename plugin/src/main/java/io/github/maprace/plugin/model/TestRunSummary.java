package io.github.maprace.plugin.model;

/**
 * What the dynamic pass ran.
 *
 * @param ran        false when the dynamic pass was skipped or could not start
 * @param tests      tests executed
 * @param failed     tests that failed (the audit does not judge them; it reports them)
 * @param millis     wall time of the forked run
 * @param agentErrors failures inside the agent itself, counted instead of thrown into user code
 * @param perturbSeed the seed of the agent's delays when the run was perturbed, else {@code null}:
 *                    {@code -Dmaprace.seed} with it repeats every delay decision
 */
public record TestRunSummary(boolean ran, long tests, long failed, long millis, long agentErrors, Long perturbSeed) {
    /** The summary of a pass that did not run. */
    public static final TestRunSummary NOT_RUN = new TestRunSummary(false, 0, 0, 0, 0);

    /** A summary of a run without perturbation. */
    public TestRunSummary(boolean ran, long tests, long failed, long millis, long agentErrors) {
        this(ran, tests, failed, millis, agentErrors, null);
    }
}
