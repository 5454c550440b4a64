package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines the audit prints to the Maven log: the contract's summary line, then the first few
 * findings, races in ThreadSanitizer's shape. Text from the model is flattened to one line per
 * log line so that a thread or test name cannot forge log output.
 */
public final class ConsoleSummary {

    private final int maxFindings;
    private final int maxStackFrames;

    /**
     * @param maxFindings    findings listed after the summary line (0 for the summary line only)
     * @param maxStackFrames frames printed per stack of a race
     */
    public ConsoleSummary(int maxFindings, int maxStackFrames) {
        if (maxFindings < 0 || maxStackFrames < 0) {
            throw new IllegalArgumentException("maxFindings and maxStackFrames must not be negative");
        }
        this.maxFindings = maxFindings;
        this.maxStackFrames = maxStackFrames;
    }

    /**
     * The contract's summary line:
     * {@code maprace: N static findings (E errors), R races, A atomicity violations in T tests}.
     */
    public static String summaryLine(AuditReport report) {
        List<Finding> statics = report.findings(Origin.STATIC);
        long errors = statics.stream().filter(f -> f.severity() == Severity.ERROR).count();
        return "maprace: " + statics.size() + " static findings (" + errors + " errors), "
                + report.count(Texts.DATA_RACE) + " races, "
                + report.count(Texts.ATOMICITY_VIOLATION) + " atomicity violations in "
                + report.tests().tests() + " tests";
    }

    /**
     * The summary line, then up to {@code maxFindings} findings, most severe first (report order
     * within a severity) so that a failing build shows what failed it.
     */
    public List<String> lines(AuditReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(summaryLine(report));
        List<Finding> ordered = new ArrayList<>(report.findings());
        ordered.sort(Comparator.comparing(Finding::severity));
        int shown = Math.min(maxFindings, ordered.size());
        for (Finding finding : ordered.subList(0, shown)) {
            if (finding.race() != null && finding.race().current() != null && finding.race().previous() != null) {
                race(finding, lines);
            } else {
                lines.add(oneLine(finding));
            }
        }
        if (ordered.size() > shown && shown > 0) {
            lines.add("... and " + (ordered.size() - shown) + " more findings");
        }
        return lines;
    }

    /** {@code RULE_ID severity uri:line message}. */
    private static String oneLine(Finding finding) {
        return finding.ruleId() + " " + finding.severity().level() + " "
                + Texts.oneLine(Texts.site(finding.location())) + " " + Texts.oneLine(finding.message());
    }

    private void race(Finding finding, List<String> lines) {
        RaceDetails race = finding.race();
        String what = finding.ruleId().replace('_', ' ');
        StringBuilder head = new StringBuilder("WARNING: ").append(what);
        if (!race.mapType().isEmpty()) {
            head.append(" on ").append(Texts.oneLine(race.mapType()));
        }
        if (race.mapAllocation() != null) {
            head.append(" (allocated at ").append(Texts.oneLine(Texts.site(race.mapAllocation()))).append(')');
        }
        lines.add(head.toString());
        access(race.current(), Texts.access(race.current()), lines);
        access(race.previous(), Texts.previousAccess(race.previous()), lines);
        if (!race.test().isEmpty()) {
            lines.add("  Test: " + Texts.oneLine(race.test()));
        }
        if (!finding.fix().isEmpty()) {
            lines.add("  Fix: " + Texts.oneLine(finding.fix()));
        }
    }

    private void access(Access access, String kind, List<String> lines) {
        String site = access.location() == null ? "unknown site" : Texts.site(access.location());
        lines.add("  " + Texts.oneLine(kind) + " at " + Texts.oneLine(site)
                + " by thread \"" + Texts.oneLine(access.thread()) + "\"");
        List<String> stack = access.stack();
        int frames = Math.min(maxStackFrames, stack.size());
        for (String frame : stack.subList(0, frames)) {
            lines.add("    at " + Texts.oneLine(frame));
        }
        if (stack.size() > frames) {
            lines.add("    ... " + (stack.size() - frames) + " more");
        }
    }
}
