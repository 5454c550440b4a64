package io.github.maprace.plugin;

import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.SharedMap;
import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.model.TestRunSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the reports of several modules into one whose uris are relative to the aggregating
 * (root) project: {@code src/main/java/A.java} of module {@code core} becomes
 * {@code core/src/main/java/A.java}.
 */
final class ReportMerger {
    /**
     * One module's report.
     *
     * @param prefix the module directory relative to the root, with forward slashes ({@code ""}
     *               for the root itself)
     * @param report what the module's audit wrote
     */
    record Part(String prefix, AuditReport report) {
    }

    private ReportMerger() {
    }

    /** The merged report, named {@code projectName}. */
    static AuditReport merge(String projectName, List<Part> parts) {
        List<Finding> findings = new ArrayList<>();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<SharedMap> coverage = new ArrayList<>();
        boolean ran = false;
        long tests = 0;
        long failed = 0;
        long millis = 0;
        long agentErrors = 0;
        Long seed = null;
        for (Part part : parts) {
            AuditReport r = part.report();
            for (Finding f : r.findings()) {
                findings.add(rebase(f, part.prefix()));
            }
            r.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
            r.coverage().forEach(m -> coverage.add(new SharedMap(m.name(), rebase(m.location(), part.prefix()),
                    m.sharedBecause(), m.exercised(), m.tests(),
                    m.accesses().stream().map(l -> rebase(l, part.prefix())).toList())));
            String label = part.prefix().isEmpty() ? r.projectName() : part.prefix();
            r.problems().forEach(p -> problems.add("[" + label + "] " + p));
            TestRunSummary t = r.tests();
            ran |= t.ran();
            tests += t.tests();
            failed += t.failed();
            millis += t.millis();
            agentErrors += t.agentErrors();
            seed = seed != null ? seed : t.perturbSeed();
        }
        return new AuditReport(projectName, findings, new ArrayList<>(rules.values()),
                new TestRunSummary(ran, tests, failed, millis, agentErrors, seed), problems, coverage);
    }

    static Finding rebase(Finding f, String prefix) {
        if (prefix.isEmpty()) {
            return f;
        }
        List<Location> related = f.related().stream().map(l -> rebase(l, prefix)).toList();
        RaceDetails race = f.race();
        RaceDetails rebasedRace = race == null ? null : new RaceDetails(rebase(race.current(), prefix),
                rebase(race.previous(), prefix), rebase(race.mapAllocation(), prefix), race.mapType(), race.test(),
                race.occurrences(), rebase(race.check(), prefix), rebase(race.previousCheck(), prefix));
        return new Finding(f.ruleId(), f.severity(), f.origin(), f.message(), f.fix(), rebase(f.location(), prefix),
                related, rebasedRace);
    }

    private static Access rebase(Access a, String prefix) {
        return a == null ? null : a.at(rebase(a.location(), prefix));
    }

    static Location rebase(Location l, String prefix) {
        if (l == null) {
            return null;
        }
        String uri = l.uri();
        boolean absolute = uri.startsWith("/") || uri.matches("^[A-Za-z]:.*") || uri.contains("://")
                || uri.equals("unknown");
        return absolute ? l : new Location(prefix + "/" + uri, l.line(), l.description());
    }
}
