package io.github.maprace.plugin.analysis;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.RuleInfo;
import io.github.maprace.plugin.rules.FindingSink;
import io.github.maprace.plugin.rules.Rule;
import io.github.maprace.plugin.rules.RuleCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import spoon.reflect.declaration.CtElement;

/**
 * A manual harness, not a unit test: runs the static pass over an unpacked sources tree (a real
 * library, e.g. guava's sources jar under /tmp) and prints every finding, the time the model build
 * and each rule took, and lines per second. Used to review the rules' precision on well-engineered
 * concurrent code and to find hot spots (see src/site/markdown/static.md).
 *
 * <pre>
 * ./mvnw -B -o -q -pl plugin test-compile
 * java -cp plugin/target/test-classes:plugin/target/classes:$(cat cp.txt) \
 *     io.github.maprace.plugin.analysis.LibraryReview /tmp/libs/guava [more roots...]
 * </pre>
 */
public final class LibraryReview {

    private LibraryReview() {
    }

    /** Args: source roots. {@code -Dreview.repeat=N} runs the pass N times and reports each. */
    public static void main(String[] args) {
        int repeat = Integer.getInteger("review.repeat", 1);
        List<Path> roots = new ArrayList<>();
        for (String arg : args) {
            roots.add(Path.of(arg));
        }
        for (int round = 1; round <= repeat; round++) {
            run(roots, round == repeat);
        }
    }

    private static void run(List<Path> roots, boolean printFindings) {
        List<TimedRule> rules = RuleCatalog.implemented().stream().map(TimedRule::new).toList();
        long[] buildNanos = new long[1];
        StaticAnalyzer.ModelBuilder timedBuild = (files, classpath, problems) -> {
            long start = System.nanoTime();
            try {
                return SpoonModels.build(files, classpath, problems);
            } finally {
                buildNanos[0] += System.nanoTime() - start;
            }
        };
        long start = System.nanoTime();
        StaticResult result = new StaticAnalyzer(new ArrayList<>(rules), timedBuild)
                .analyze(roots.get(0), roots, List.of(), Set.of());
        double seconds = (System.nanoTime() - start) / 1e9;

        if (printFindings) {
            for (Finding f : result.findings()) {
                System.out.printf("%s %s %s:%d%n    %s%n", f.ruleId(), f.severity().level(), f.location().uri(),
                        f.location().line(), f.message());
            }
            result.problems().forEach(p -> System.out.println("PROBLEM " + p));
        }
        Map<String, Integer> perRule = new TreeMap<>();
        result.findings().forEach(f -> perRule.merge(f.ruleId(), 1, Integer::sum));
        System.out.printf("files=%d lines=%d seconds=%.2f lines/s=%.0f model build=%.2f s rules=%.2f s findings=%d problems=%d%n",
                result.filesAnalysed(), result.linesAnalysed(), seconds, result.linesAnalysed() / seconds,
                buildNanos[0] / 1e9, rules.stream().mapToLong(r -> r.nanos).sum() / 1e9,
                result.findings().size(), result.problems().size());
        for (TimedRule rule : rules) {
            System.out.printf("  %-24s %4d findings %8.3f s%n", rule.info().id(),
                    perRule.getOrDefault(rule.info().id(), 0), rule.nanos / 1e9);
        }
    }

    /** A rule that adds up the time spent in it. */
    private static final class TimedRule implements Rule {
        private final Rule delegate;
        private long nanos;

        TimedRule(Rule delegate) {
            this.delegate = delegate;
        }

        @Override
        public RuleInfo info() {
            return delegate.info();
        }

        @Override
        public Class<? extends CtElement> target() {
            return delegate.target();
        }

        @Override
        public void inspect(CtElement element, FindingSink sink) {
            long start = System.nanoTime();
            try {
                delegate.inspect(element, sink);
            } finally {
                nanos += System.nanoTime() - start;
            }
        }
    }
}
