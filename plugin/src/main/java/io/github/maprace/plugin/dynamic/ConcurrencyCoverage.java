package io.github.maprace.plugin.dynamic;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.SharedMap;
import io.github.maprace.plugin.rules.RuleCatalog;
import io.github.maprace.plugin.rules.UntestedSharedMapRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Concurrency coverage: joins the shared map fields the static pass found
 * ({@link UntestedSharedMapRule}'s candidates) with the maps the test run saw one thread write
 * and another use, into the report's coverage table, and turns every shared map no test exercised
 * into an {@code UNTESTED_SHARED_MAP} note at its declaration (or, for a map only the run knows,
 * at its allocation site in the main sources).
 *
 * <p>A field and a run's map are the same map when the allocation site is in the field's source
 * file and the agent saw the new map stored into a field of that name.
 */
public final class ConcurrencyCoverage {
    /**
     * The joined coverage.
     *
     * @param maps     every shared map, by file and line
     * @param untested the notes for the maps no test exercised
     */
    public record Result(List<SharedMap> maps, List<Finding> untested) {
    }

    private ConcurrencyCoverage() {
    }

    /**
     * @param candidates    the static pass's {@code UNTESTED_SHARED_MAP} candidates
     * @param seen          the run's coverage
     * @param inMainSources whether a report URI is a file of the main (not test) sources: only
     *                      the project's own maps count, not the test classes'.
     */
    public static Result join(List<Finding> candidates, List<SharedMap> seen, Predicate<String> inMainSources) {
        Map<String, List<SharedMap>> byField = new LinkedHashMap<>();
        for (SharedMap m : seen) {
            if (!m.fieldName().isEmpty()) {
                byField.computeIfAbsent(m.location().uri() + '#' + m.fieldName(), k -> new ArrayList<>()).add(m);
            }
        }
        Set<SharedMap> matched = new LinkedHashSet<>();
        List<SharedMap> maps = new ArrayList<>();
        List<Finding> untested = new ArrayList<>();
        for (Finding candidate : candidates) {
            UntestedSharedMapRule.Candidate c = UntestedSharedMapRule.candidate(candidate).orElse(null);
            if (c == null || !inMainSources.test(candidate.location().uri())) {
                continue; // a test class's own maps are the test's business
            }
            List<SharedMap> run = byField.getOrDefault(candidate.location().uri() + '#' + c.field(), List.of());
            matched.addAll(run);
            SharedMap row = new SharedMap(c.owner() + '.' + c.field(), candidate.location(), c.sharedBecause(),
                    run.stream().anyMatch(SharedMap::exercised), union(run, SharedMap::tests),
                    union(run, SharedMap::accesses));
            maps.add(row);
            if (!row.exercised()) {
                untested.add(note(row, candidate.message() + ": " + why(run)));
            }
        }
        for (SharedMap m : seen) {
            if (matched.contains(m) || !inMainSources.test(m.location().uri())) {
                continue;
            }
            maps.add(m);
            if (!m.exercised()) {
                untested.add(note(m, "Shared map '" + m.name() + "' (created at " + m.location().uri() + ':'
                        + m.location().line() + ", " + m.sharedBecause() + "): " + why(List.of(m))));
            }
        }
        maps.sort(Comparator.comparing((SharedMap s) -> s.location().uri()).thenComparingInt(s -> s.location().line())
                .thenComparing(SharedMap::name));
        return new Result(List.copyOf(maps), List.copyOf(untested));
    }

    private static String why(List<SharedMap> run) {
        return run.isEmpty()
                ? "no test made two threads use it, so the race detector never judged it."
                : "the run saw two threads use it, but never one writing it while another used it within one "
                        + "test, so the race detector judged it only across tests.";
    }

    private static Finding note(SharedMap m, String message) {
        return new Finding(UntestedSharedMapRule.ID, Severity.NOTE, Origin.DYNAMIC, message,
                RuleCatalog.fixOf(UntestedSharedMapRule.ID), m.location(), m.accesses(), null);
    }

    private static <T> List<T> union(List<SharedMap> maps, java.util.function.Function<SharedMap, List<T>> part) {
        Set<T> all = new LinkedHashSet<>();
        maps.forEach(m -> all.addAll(part.apply(m)));
        return List.copyOf(all);
    }

    /** {@code src/main/java/A.java} is under one of {@code roots} (URIs relative to the base directory). */
    public static Predicate<String> under(List<String> roots) {
        return uri -> roots.stream().anyMatch(root -> !root.isEmpty() && uri.startsWith(root + "/"));
    }
}
