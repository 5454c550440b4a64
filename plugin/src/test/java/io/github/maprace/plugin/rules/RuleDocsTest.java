package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.analysis.StaticAnalyzer;
import io.github.maprace.plugin.analysis.StaticResult;
import io.github.maprace.plugin.analysis.TestProject;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated rule catalog is up to date, and its examples do what they say. */
class RuleDocsTest {

    private static final Path PAGE = Path.of(System.getProperty("basedir", "."))
            .resolve("../src/site/markdown/rules.md").normalize();

    @TempDir
    Path dir;

    @Test
    void shouldMatchTheCommittedRulesPage() throws IOException {
        String rendered = RuleDocs.render();
        if (Boolean.getBoolean("maprace.regenerateDocs")) {
            Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
        }

        assertThat(PAGE).as("src/site/markdown/rules.md").exists();
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("rules.md is stale: regenerate with ./mvnw -B -o -pl plugin test -Dtest=RuleDocsTest "
                        + "-Dmaprace.regenerateDocs=true")
                .isEqualTo(rendered);
    }

    @Test
    void shouldDocumentEveryRuleWithExamplesForEveryStaticRule() {
        String page = RuleDocs.render();
        for (RuleInfo info : RuleCatalog.all()) {
            assertThat(page).contains("## " + info.id(), info.rationale(), info.fix());
        }
        for (Rule rule : RuleCatalog.implemented()) {
            assertThat(RuleExamples.of(rule.info().id())).as(rule.info().id()).isPresent();
        }
    }

    static Stream<String> staticRules() {
        return RuleCatalog.implemented().stream().map(rule -> rule.info().id())
                .filter(id -> !RuleExamples.of(id).map(RuleExamples.Example::runTime).orElse(false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staticRules")
    void shouldFlagTheBadExampleAndNotTheGoodOne(String id) {
        RuleExamples.Example example = RuleExamples.of(id).orElseThrow();

        List<Finding> bad = findingsIn(example.bad(), "bad");
        assertThat(bad).extracting(Finding::ruleId).as("bad example of " + id).contains(id);
        assertThat(bad.stream().filter(f -> f.ruleId().equals(id)).map(f -> f.location().line()).toList())
                .as("the lines the bad example of " + id + " marks 'reported here'")
                .isEqualTo(reportedLines(source(example.bad())));
        assertThat(findingsIn(example.good(), "good")).extracting(Finding::ruleId).as("good example of " + id)
                .doesNotContain(id);
    }

    private List<Finding> findingsIn(String example, String subdir) {
        TestProject project = new TestProject(dir.resolve(subdir));
        project.write("example/" + typeName(example) + ".java", source(example));
        StaticResult result = new StaticAnalyzer().analyze(project.baseDir(),
                List.of(project.baseDir().resolve("src/main/java")), List.of(), Set.of());
        assertThat(result.problems()).isEmpty();
        return result.findings();
    }

    private static String source(String example) {
        return "package example;\n\n" + RuleExamples.IMPORTS + "\n\n" + example;
    }

    private static List<Integer> reportedLines(String source) {
        String[] lines = source.split("\n", -1);
        return java.util.stream.IntStream.range(0, lines.length).filter(i -> lines[i].matches(".*//.*reported here.*"))
                .mapToObj(i -> i + 1).toList();
    }

    private static String typeName(String source) {
        var m = java.util.regex.Pattern.compile("(?:class|enum|interface|record)\\s+(\\w+)").matcher(source);
        return m.find() ? m.group(1) : "Example";
    }
}
