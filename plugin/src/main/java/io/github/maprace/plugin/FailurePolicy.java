package io.github.maprace.plugin;

import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an audit fails the build: any run-time error finding (a race, an atomicity
 * violation, a lock-order inversion, ...) when {@code failOnRace}, and any other finding (static,
 * or a run-time warning or note such as a leaked thread) at or above {@code failOnSeverity}
 * ({@code none} never fails on those).
 */
public final class FailurePolicy {
    private final boolean failOnRace;
    private final Optional<Severity> failOnSeverity;

    /**
     * @param failOnRace     fail on the dynamic pass's error findings (races, atomicity violations, ...)
     * @param failOnSeverity {@code error}, {@code warning}, {@code note} or {@code none}
     * @throws IllegalArgumentException for another severity name, naming the accepted ones
     */
    public FailurePolicy(boolean failOnRace, String failOnSeverity) {
        this.failOnRace = failOnRace;
        String s = failOnSeverity == null ? "error" : failOnSeverity.trim().toLowerCase(Locale.ROOT);
        if (s.equals("none")) {
            this.failOnSeverity = Optional.empty();
        } else {
            try {
                this.failOnSeverity = Optional.of(Severity.parse(s));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("failOnSeverity must be error, warning, note or none, not '"
                        + failOnSeverity + "'");
            }
        }
    }

    /** The findings that fail the build, most relevant first (report order). */
    public List<Finding> failing(AuditReport report) {
        return report.findings().stream().filter(this::fails).toList();
    }

    private boolean fails(Finding f) {
        if (f.origin() == Origin.DYNAMIC && f.severity() == Severity.ERROR) {
            return failOnRace;
        }
        return failOnSeverity.map(f.severity()::atLeast).orElse(false);
    }
}
