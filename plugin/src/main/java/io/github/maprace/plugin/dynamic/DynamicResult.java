package io.github.maprace.plugin.dynamic;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.SharedMap;
import io.github.maprace.plugin.model.TestRunSummary;

import java.util.List;

/**
 * What the dynamic pass produced.
 *
 * @param findings  races found
 * @param tests     what ran
 * @param problems  what went wrong, each naming the cause (and the test, when known)
 * @param broken    true when the test JVM crashed, timed out or could not start: the build fails
 *                  after the reports are written
 * @param forkMillis wall time of the forked test JVM, for the console only: the reports leave it
 *                  out so that two runs write identical files
 * @param coverage  the maps the run saw one thread write and another use, and whether a test did so;
 *                  null when unknown (no test was named to the agent, or the tests did not run)
 */
public record DynamicResult(List<Finding> findings, TestRunSummary tests, List<String> problems, boolean broken,
                            long forkMillis, List<SharedMap> coverage) {
    public DynamicResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        coverage = coverage == null ? null : List.copyOf(coverage);
    }

    /** A result without coverage. */
    public DynamicResult(List<Finding> findings, TestRunSummary tests, List<String> problems, boolean broken,
                         long forkMillis) {
        this(findings, tests, problems, broken, forkMillis, null);
    }

    /** A result without a fork time and coverage. */
    public DynamicResult(List<Finding> findings, TestRunSummary tests, List<String> problems, boolean broken) {
        this(findings, tests, problems, broken, 0);
    }

    /** A pass that did not run, with the reason (not a failure). */
    public static DynamicResult skipped(String why) {
        return new DynamicResult(List.of(), TestRunSummary.NOT_RUN, why == null ? List.of() : List.of(why), false);
    }
}
