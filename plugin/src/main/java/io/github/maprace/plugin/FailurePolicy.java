package io.github.maprace.plugin;

import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an audit fails the build: any race when {@code failOnRace}, and any static
 * finding at or above {@code failOnSeverity} ({@code none} never fails on static findings).
 */
public final class FailurePolicy {
    private final boolean failOnRace;
    private final Optional<Severity> failOnSeverity;

    /**
     * @param failOnRace     fail when the dynamic pass found a race or atomicity violation
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
        if (f.origin() == Origin.DYNAMIC) {
            return failOnRace;
        }
        return failOnSeverity.map(f.severity()::atLeast).orElse(false);
    }
}
