package io.github.maprace.plugin.dynamic;

import io.github.maprace.plugin.model.Finding;
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
 */
public record DynamicResult(List<Finding> findings, TestRunSummary tests, List<String> problems, boolean broken) {
    public DynamicResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /** A pass that did not run, with the reason (not a failure). */
    public static DynamicResult skipped(String why) {
        return new DynamicResult(List.of(), TestRunSummary.NOT_RUN, why == null ? List.of() : List.of(why), false);
    }
}
