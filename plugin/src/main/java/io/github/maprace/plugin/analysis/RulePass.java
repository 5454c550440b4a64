package io.github.maprace.plugin.analysis;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.rules.FindingSink;
import io.github.maprace.plugin.rules.Related;
import io.github.maprace.plugin.rules.Rule;
import io.github.maprace.plugin.rules.Suppressions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.visitor.CtScanner;

/**
 * The one walk over a model that feeds every rule: each element goes to the rules whose target
 * kind it has. A rule that throws loses that element, not the pass; the failure becomes a problem.
 */
final class RulePass {

    private final List<Rule> rules;
    private final Path baseDir;
    private final Set<Finding> findings;
    private final List<String> problems;
    private final Set<String> failedRules = new HashSet<>();

    /**
     * @param findings collects the findings (a set, so a file seen twice reports once)
     * @param problems collects rule failures, one per rule and file
     */
    RulePass(List<Rule> rules, Path baseDir, Set<Finding> findings, List<String> problems) {
        this.rules = rules;
        this.baseDir = SourceFiles.canonical(baseDir);
        this.findings = findings;
        this.problems = problems;
    }

    /** Walks {@code root} and everything under it once. */
    void run(CtElement root) {
        List<Sink> sinks = rules.stream().map(Sink::new).toList();
        new CtScanner() {
            @Override
            protected void enter(CtElement element) {
                for (Sink sink : sinks) {
                    if (sink.rule.target().isInstance(element)) {
                        inspect(sink, element);
                    }
                }
            }
        }.scan(root);
    }

    private void inspect(Sink sink, CtElement element) {
        try {
            sink.rule.inspect(element, sink);
        } catch (RuntimeException | StackOverflowError e) {
            String where = uri(element);
            if (failedRules.add(sink.rule.info().id() + " " + where)) {
                problems.add(String.format("rule %s failed on %s:%d and skipped that code: %s",
                        sink.rule.info().id(), where, line(element), e));
            }
        }
    }

    private String uri(CtElement element) {
        SourcePosition position = position(element);
        if (position == null || position.getFile() == null) {
            return "<unknown file>";
        }
        Path file = SourceFiles.canonical(position.getFile().toPath());
        Path shown = file.startsWith(baseDir) ? baseDir.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }

    private static int line(CtElement element) {
        SourcePosition position = position(element);
        return position == null ? 0 : position.getLine();
    }

    /** The element's position, or its nearest parent's when the element is implicit. */
    private static SourcePosition position(CtElement element) {
        for (CtElement e = element; e != null; e = e.isParentInitialized() ? e.getParent() : null) {
            if (e.getPosition() != null && e.getPosition().isValidPosition()) {
                return e.getPosition();
            }
        }
        return null;
    }

    /** The sink handed to one rule: knows the rule, so rules only say where and what. */
    private final class Sink implements FindingSink {
        private final Rule rule;

        Sink(Rule rule) {
            this.rule = rule;
        }

        @Override
        public void report(CtElement element, String message, String fix, List<Related> related) {
            report(element, rule.info().defaultSeverity(), message, fix, related);
        }

        @Override
        public void report(CtElement element, Severity severity, String message, String fix, List<Related> related) {
            String id = rule.info().id();
            if (position(element) == null || Suppressions.isSuppressed(element, id)) {
                return;
            }
            findings.add(new Finding(id, severity, Origin.STATIC, message, fix,
                    Location.of(uri(element), line(element)), locations(related), null));
        }

        /** The related elements that have a position, each once, in the order the rule gave them. */
        private List<Location> locations(List<Related> related) {
            Set<Location> locations = new LinkedHashSet<>();
            for (Related r : related) {
                if (position(r.element()) != null) {
                    locations.add(new Location(uri(r.element()), line(r.element()), r.message()));
                }
            }
            return List.copyOf(locations);
        }
    }
}
