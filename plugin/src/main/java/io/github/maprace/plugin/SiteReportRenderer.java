package io.github.maprace.plugin;

import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.SharedMap;
import io.github.maprace.plugin.model.Verdict;
import io.github.maprace.plugin.report.ConsoleSummary;
import org.apache.maven.doxia.sink.Sink;

import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link AuditReport} as a Doxia page for {@code mvn site}: the summary, the problems,
 * a table of all findings with what each did to the build, then each finding with its message and
 * fix (a race with both accesses, their threads, the test and the stacks). All text goes through the Sink API, which escapes it.
 */
final class SiteReportRenderer {
    private final Sink sink;

    SiteReportRenderer(Sink sink) {
        this.sink = sink;
    }

    /** Writes the whole page. */
    void render(AuditReport report, String title) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title + ": " + report.projectName());
        sink.sectionTitle1_();
        paragraph(ConsoleSummary.summaryLine(report));
        if (report.tests().ran()) {
            paragraph("Test run under the race detector: " + ConsoleSummary.count(report.tests().tests(), "test") + ", "
                    + report.tests().failed() + " failed" + (report.tests().millis() > 0
                    ? ", " + report.tests().millis() + " ms" : "") + ".");
        } else {
            paragraph("The tests did not run under the race detector.");
        }
        if (!report.problems().isEmpty()) {
            sink.section2();
            sink.sectionTitle2();
            sink.text("Problems");
            sink.sectionTitle2_();
            sink.list();
            for (String p : report.problems()) {
                sink.listItem();
                sink.text(p);
                sink.listItem_();
            }
            sink.list_();
            sink.section2_();
        }
        findings(report.findings());
        coverage(report.coverage());
        details(report.findings());
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    // the table keeps to short columns: with message and fix in it, it overflowed the site's
    // layout at 1,400 px and cut the Fix column off; those go into each finding's own section
    private void findings(List<Finding> findings) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Findings");
        sink.sectionTitle2_();
        if (findings.isEmpty()) {
            paragraph("No findings.");
            sink.section2_();
            return;
        }
        long failing = findings.stream().filter(f -> f.verdict() == Verdict.FAILS_BUILD).count();
        paragraph(failing == 0 ? "No finding fails the build."
                : ConsoleSummary.count(failing, "finding") + (failing == 1 ? " fails" : " fail") + " the build.");
        sink.table();
        sink.tableRows();
        row(true, "#", "Rule", "Severity", "Pass", "Location", "Build");
        int n = 1;
        for (Finding f : findings) {
            row(false, String.valueOf(n++), f.ruleId(), f.severity().level(),
                    f.origin().name().toLowerCase(Locale.ROOT), site(f.location()), verdict(f));
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    /** One row per shared map, as a coverage report lists classes. */
    private void coverage(List<SharedMap> maps) {
        if (maps.isEmpty()) {
            return;
        }
        sink.section2();
        sink.sectionTitle2();
        sink.text("Concurrency coverage");
        sink.sectionTitle2_();
        long exercised = maps.stream().filter(SharedMap::exercised).count();
        paragraph(exercised + " of " + ConsoleSummary.count(maps.size(), "shared map") + " were written by one thread "
                + "while another used them in some test; the race detector only judged those.");
        sink.table();
        sink.tableRows();
        row(true, "Shared map", "Location", "Exercised concurrently", "By tests");
        for (SharedMap m : maps) {
            row(false, m.name(), site(m.location()), m.exercised() ? "yes" : "no", String.join(", ", m.tests()));
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    private static String verdict(Finding f) {
        return switch (f.verdict()) {
            case FAILS_BUILD -> "fails the build";
            case BASELINED -> "in the baseline";
            case REPORTED -> "reported";
        };
    }

    private void details(List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        sink.section2();
        sink.sectionTitle2();
        sink.text("Details");
        sink.sectionTitle2_();
        int n = 1;
        for (Finding f : findings) {
            sink.section3();
            sink.sectionTitle3();
            sink.text(n++ + ". " + f.ruleId() + " at " + site(f.location()) + " (" + f.severity().level() + ", "
                    + verdict(f) + ")");
            sink.sectionTitle3_();
            paragraph(f.message());
            if (!f.fix().isEmpty()) {
                paragraph("Fix: " + f.fix());
            }
            if (f.race() != null) {
                race(f.race());
            } else if (!f.related().isEmpty()) {
                sink.list();
                for (Location l : f.related()) {
                    sink.listItem();
                    sink.text(site(l) + (l.description().isEmpty() ? "" : " – " + l.description()));
                    sink.listItem_();
                }
                sink.list_();
            }
            sink.section3_();
        }
        sink.section2_();
    }

    private void race(RaceDetails race) {
        sink.table();
        sink.tableRows();
        row(true, "Access", "Operation", "Thread", "Location");
        if (race.check() != null) {
            access("Check", race.check());
            access("Its check", race.previousCheck());
            access("Interleaved", race.previous());
            access("Act", race.current());
        } else {
            access("Current", race.current());
            access("Previous", race.previous());
        }
        if (race.mapAllocation() != null) {
            row(false, "Map created", race.mapType(), "", site(race.mapAllocation()));
        }
        sink.tableRows_();
        sink.table_();
        paragraph("Test: " + (race.test().isEmpty() ? "(not identified)" : race.test())
                + "; map: " + (race.mapType().isEmpty() ? "(unknown)" : race.mapType())
                + "; occurrences: " + race.occurrences());
        stack("Check", race.check());
        stack("Its check", race.previousCheck());
        stack(race.check() != null ? "Act" : "Current", race.current());
        stack(race.check() != null ? "Interleaved write" : "Previous", race.previous());
    }

    private void access(String which, Access a) {
        if (a != null) {
            row(false, label(which, a), a.operation(), a.thread(), a.location() == null ? "" : site(a.location()));
        }
    }

    private static String label(String which, Access a) {
        return a.role().isEmpty() ? which + " " + a.kind().toLowerCase(Locale.ROOT) : a.role();
    }

    private void stack(String which, Access a) {
        if (a == null || a.stack().isEmpty()) {
            return;
        }
        paragraph((a.role().isEmpty() ? which + " access" : a.role()) + " stack (thread \"" + a.thread() + "\"):");
        sink.verbatim();
        sink.text(String.join("\n", a.stack()));
        sink.verbatim_();
    }

    private void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private void row(boolean header, String... cells) {
        sink.tableRow();
        for (String c : cells) {
            if (header) {
                sink.tableHeaderCell();
            } else {
                sink.tableCell();
            }
            sink.text(c == null ? "" : c);
            if (header) {
                sink.tableHeaderCell_();
            } else {
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }

    private static String site(Location l) {
        return l.line() > 0 ? l.uri() + ":" + l.line() : l.uri();
    }
}
