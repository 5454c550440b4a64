package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.analysis.StaticAnalyzer;
import io.github.maprace.plugin.analysis.StaticResult;
import io.github.maprace.plugin.analysis.TestProject;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the tests of one rule, after JaCoCo's {@code FilterTestBase}: the base writes the source
 * text into a throw-away project, runs the static pass with only the rule under test, and offers
 * the assertions; a subclass only names its rule and its inputs.
 *
 * <p>Running the rule alone keeps each test about that rule; {@code FieldRulesOverlapTest} and
 * {@code LibraryIdiomsTest} run the rules together. Every helper also asserts that the input
 * parsed, so a typo in a test input cannot pass as "no finding".
 */
abstract class RuleTestBase {

    @TempDir
    Path dir;

    private final Rule rule;
    private int projects;

    /** A test of {@code rule}; its inputs live under {@code rules/<rule id in lower case>/}. */
    protected RuleTestBase(Rule rule) {
        this.rule = rule;
    }

    /** The id of the rule under test. */
    protected final String ruleId() {
        return rule.info().id();
    }

    /** The text of the input resource {@code name} of this rule, e.g. {@code BadGetter.java}. */
    protected final String input(String name) {
        return TestProject.resource("rules/" + ruleId().toLowerCase(Locale.ROOT) + "/" + name);
    }

    /** The lines the rule flags in {@code source}, in order. */
    protected final List<Integer> linesFlaggedIn(String source) {
        TestProject project = newProject();
        String uri = project.write(source);
        return TestProject.lines(run(project), ruleId(), uri);
    }

    /** Runs the rule alone over {@code sources} (one compilation unit each), asserting that they parsed. */
    protected final StaticResult analyze(String... sources) {
        TestProject project = newProject();
        for (String source : sources) {
            project.write(source);
        }
        return run(project);
    }

    /** The one finding the rule reports for {@code sources}; fails when there are none or several. */
    protected final Finding onlyFinding(String... sources) {
        List<Finding> findings = analyze(sources).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    /**
     * Asserts that the rule flags exactly the lines input {@code name} marks with
     * {@code // expect: RULE_ID}, and that it marks at least one; and that the related lines of
     * its findings, taken together, are exactly the lines marked {@code related: RULE_ID} (each
     * with a message).
     */
    protected final void assertFlagsTheMarkedLines(String name) {
        String source = input(name);
        List<Integer> expected = TestProject.expectedLines(source, ruleId());
        assertThat(expected).as("the input marks at least one line").isNotEmpty();

        TestProject project = newProject();
        String uri = project.write(source);
        StaticResult result = run(project);
        assertThat(TestProject.lines(result, ruleId(), uri)).as(name).isEqualTo(expected);
        List<Location> related = result.findings().stream().flatMap(f -> f.related().stream()).toList();
        assertThat(related).as("related locations of " + name).allSatisfy(location -> {
            assertThat(location.uri()).isEqualTo(uri);
            assertThat(location.description()).isNotBlank();
        });
        assertThat(related.stream().map(Location::line).distinct().sorted().toList()).as("related lines of " + name)
                .isEqualTo(TestProject.relatedLines(source, ruleId()));
    }

    /** Asserts that the rule reports nothing for {@code source}. */
    protected final void assertFlagsNothingIn(String source) {
        assertThat(analyze(source).findings()).isEmpty();
    }

    /** A fresh project per analysis, so that one test's inputs never see each other. */
    private TestProject newProject() {
        return new TestProject(dir.resolve("project" + projects++));
    }

    private StaticResult run(TestProject project) {
        StaticResult result = new StaticAnalyzer(List.of(rule))
                .analyze(project.baseDir(), List.of(project.baseDir().resolve("src/main/java")), List.of(), Set.of());
        assertThat(result.problems()).as("problems analysing the input").isEmpty();
        return result;
    }
}
