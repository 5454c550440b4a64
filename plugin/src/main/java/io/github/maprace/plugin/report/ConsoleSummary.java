package io.github.maprace.plugin.report;

import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines the audit prints to the Maven log: the first few findings, each at the level of its
 * effect on the build (races in ThreadSanitizer's shape), then the contract's summary line. Text
 * from the model is flattened to one line per log line so that a thread or test name cannot forge
 * log output.
 */
public final class ConsoleSummary {

    private final int maxFindings;
    private final int maxStackFrames;

    /**
     * @param maxFindings    findings listed before the summary line (0 for the summary line only)
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
     * The contract's summary line,
     * {@code maprace: N static findings (E errors), R races, A atomicity violations in T tests},
     * in singular where a count is 1, and with {@code (tests not run)} instead of {@code in T tests}
     * when the dynamic pass did not run.
     */
    public static String summaryLine(AuditReport report) {
        List<Finding> statics = report.findings(Origin.STATIC);
        long errors = statics.stream().filter(f -> f.severity() == Severity.ERROR).count();
        return "maprace: " + Texts.count(statics.size(), "static finding") + " (" + Texts.count(errors, "error")
                + "), " + Texts.count(report.count(Texts.DATA_RACE), "race") + ", "
                + Texts.count(report.count(Texts.ATOMICITY_VIOLATION), "atomicity violation")
                + (report.tests().ran() ? " in " + Texts.count(report.tests().tests(), "test") : " (tests not run)");
    }

    /** {@code maprace: concurrency coverage: 2 of 3 shared maps written by one thread ... (1 UNTESTED_SHARED_MAP)}. */
    static String coverageLine(AuditReport report) {
        long exercised = report.coverage().stream().filter(m -> m.exercised()).count();
        long untested = report.coverage().size() - exercised;
        return "maprace: concurrency coverage: " + exercised + " of " + count(report.coverage().size(), "shared map")
                + " written by one thread while another used it in a test"
                + (untested == 0 ? "" : " (" + untested + " UNTESTED_SHARED_MAP)");
    }

    /** {@code 1 finding}, {@code 2 findings}: for the other log lines of the audit. */
    public static String count(long n, String noun) {
        return Texts.count(n, noun);
    }

    /** The Maven log level a line is printed at. */
    public enum Level {
        /** A finding that fails the build. */
        ERROR,
        /** A finding that is reported but does not fail the build (a CI log scanner still sees it). */
        WARNING,
        /** The summary, a note, or a finding the baseline accepted. */
        INFO
    }

    /** One line of the log and its level. */
    public record Line(Level level, String text) {
    }

    /**
     * The level a finding is logged at: its effect on the build, not its severity alone, so that
     * a race that does not fail the build ({@code failOnRace=false}) is still a {@code [WARNING]},
     * and a warning-severity finding is never an {@code [ERROR]} just because another one failed.
     *
     */
    public static Level levelOf(Finding finding) {
        if (finding.verdict() == Verdict.FAILS_BUILD) {
            return Level.ERROR;
        }
        if (finding.verdict() == Verdict.BASELINED || finding.severity() == Severity.NOTE) {
            return Level.INFO;
        }
        return Level.WARNING;
    }

    /**
     * Up to {@code maxFindings} findings, those that fail the build first, then by severity (report
     * order within), then the summary line; each finding's lines at its {@link #levelOf} level.
     */
    public List<Line> lines(AuditReport report) {
        List<Line> lines = new ArrayList<>();
        List<Finding> ordered = new ArrayList<>(report.findings());
        Map<Finding, Level> level = new IdentityHashMap<>();
        for (Finding f : ordered) {
            level.put(f, levelOf(f));
        }
        ordered.sort(Comparator.comparing((Finding f) -> level.get(f)).thenComparing(Finding::severity));
        int shown = Math.min(maxFindings, ordered.size());
        for (Finding finding : ordered.subList(0, shown)) {
            Level at = level.get(finding);
            if (finding.race() != null && finding.race().current() != null) {
                race(finding, at, lines);
            } else {
                lines.add(new Line(at, oneLine(finding)));
            }
        }
        if (ordered.size() > shown && shown > 0) {
            lines.add(new Line(Level.INFO, "... and " + (ordered.size() - shown) + " more findings"));
        }
        if (!report.coverage().isEmpty()) {
            lines.add(new Line(Level.INFO, coverageLine(report)));
        }
        lines.add(new Line(Level.INFO, summaryLine(report)));
        return lines;
    }

    /** The lines' texts without their levels. */
    public List<String> texts(AuditReport report) {
        return lines(report).stream().map(Line::text).toList();
    }

    /** {@code RULE_ID severity uri:line message}. */
    private static String oneLine(Finding finding) {
        return finding.ruleId() + " " + finding.severity().level() + " "
                + Texts.oneLine(Texts.site(finding.location())) + " " + Texts.oneLine(finding.message());
    }

    private void race(Finding finding, Level at, List<Line> out) {
        List<String> lines = new ArrayList<>();
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
        if (race.check() != null) {
            // an atomicity violation in the order it happened: check, the other thread's write, act
            access(race.check(), "Check (" + Texts.orEmpty(race.check().operation()) + ")", lines);
            if (race.previousCheck() != null) {
                access(race.previousCheck(), "Its check (" + Texts.orEmpty(race.previousCheck().operation()) + ")",
                        lines);
            }
            access(race.previous(), "Interleaved write (" + Texts.orEmpty(race.previous().operation()) + ")", lines);
            access(race.current(), "Act (" + Texts.orEmpty(race.current().operation()) + ")", lines);
        } else {
            access(race.current(), Texts.access(race.current()), lines);
            if (race.previous() != null) {
                access(race.previous(), Texts.previousAccess(race.previous()), lines);
            }
        }
        if (!race.test().isEmpty()) {
            lines.add("  Test: " + Texts.oneLine(race.test()));
        }
        if (!finding.fix().isEmpty()) {
            lines.add("  Fix: " + Texts.oneLine(finding.fix()));
        }
        for (String line : lines) {
            out.add(new Line(at, line));
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
