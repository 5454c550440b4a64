package io.github.maprace.plugin.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything one audit produced: findings in deterministic order, the rules that ran, what the
 * test run did, and the problems that kept part of the audit from completing.
 *
 * @param projectName   the Maven project's name, for report titles
 * @param findings      sorted by rule, file, line (see {@link #ORDER})
 * @param rules         every rule that can appear in {@code findings}
 * @param tests         what the dynamic pass ran
 * @param problems      human-readable messages naming what could not be analysed and why
 * @param coverage      the shared maps and whether a test exercised each concurrently; empty when
 *                      the tests did not run
 */
public record AuditReport(String projectName, List<Finding> findings, List<RuleInfo> rules, TestRunSummary tests,
                          List<String> problems, List<SharedMap> coverage) {

    /** Deterministic report order: rule id, then file, then line, then message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::ruleId)
            .thenComparing(f -> f.location().uri())
            .thenComparingInt(f -> f.location().line())
            .thenComparing(Finding::message);

    public AuditReport {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        findings = List.copyOf(sorted);
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
        tests = tests == null ? TestRunSummary.NOT_RUN : tests;
        coverage = List.copyOf(coverage);
    }

    /** A report without concurrency coverage. */
    public AuditReport(String projectName, List<Finding> findings, List<RuleInfo> rules, TestRunSummary tests,
                       List<String> problems) {
        this(projectName, findings, rules, tests, problems, List.of());
    }

    /** Findings from one pass. */
    public List<Finding> findings(Origin origin) {
        return findings.stream().filter(f -> f.origin() == origin).toList();
    }

    /** The same report with {@code findings} (e.g. the judged ones) instead of its own. */
    public AuditReport withFindings(List<Finding> findings) {
        return new AuditReport(projectName, findings, rules, tests, problems, coverage);
    }

    /** Findings with the given verdict. */
    public List<Finding> findings(Verdict verdict) {
        return findings.stream().filter(f -> f.verdict() == verdict).toList();
    }

    /** Number of findings with the given rule id. */
    public long count(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).count();
    }
}
