package io.github.maprace.plugin;

import io.github.maprace.plugin.baseline.Baseline;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Verdict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges each finding of a report: accepted by the baseline, failing the build by the policy, or
 * only reported. One place for {@code audit} (before it writes the reports, which then say what
 * failed the build) and {@code check} (on the report {@code audit} wrote).
 */
final class Verdicts {
    private Verdicts() {
    }

    /**
     * The report with every finding judged.
     *
     * @param policy     which findings fail the build
     * @param baseline   accepted findings, if a baseline file exists
     * @param failNothing true while the baseline is being written: nothing fails
     */
    static AuditReport judge(AuditReport report, FailurePolicy policy, Optional<Baseline> baseline,
                             boolean failNothing) {
        List<Finding> findings = report.findings();
        List<Boolean> accepted = baseline.map(b -> b.classify(findings))
                .orElse(Collections.nCopies(findings.size(), false));
        Set<Finding> failing = Collections.newSetFromMap(new IdentityHashMap<>());
        failing.addAll(policy.failing(report));
        List<Finding> judged = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Verdict v = accepted.get(i) ? Verdict.BASELINED
                    : !failNothing && failing.contains(f) ? Verdict.FAILS_BUILD : Verdict.REPORTED;
            judged.add(f.withVerdict(v));
        }
        return report.withFindings(judged);
    }
}
