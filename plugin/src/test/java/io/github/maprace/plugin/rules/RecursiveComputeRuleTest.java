package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.analysis.StaticAnalyzer;
import io.github.maprace.plugin.analysis.StaticResult;
import io.github.maprace.plugin.analysis.TestProject;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecursiveComputeRuleTest {

    private static final String ID = RecursiveComputeRule.ID;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadMemoizedRecursion.java",
            "BadNestedUpdateInFunction.java",
            "BadHelperWritesField.java"})
    void shouldFlagComputeFunctionsThatUpdateTheSameMapAtTheMarkedLines(String input) {
        String source = TestProject.resource("rules/recursive_compute/" + input);
        List<Integer> expected = TestProject.expectedLines(source, ID);
        assertThat(expected).as("the input marks at least one line").isNotEmpty();

        assertThat(linesFlaggedIn(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodComputeOutsideFunction.java",
            "GoodPureFunctions.java",
            "GoodLocalMapsAndOtherObjects.java"})
    void shouldNotFlagFunctionsThatReadOnlyOrUpdateAnotherMap(String input) {
        String source = TestProject.resource("rules/recursive_compute/" + input);

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldExplainTheRecursionAndSuggestComputingBeforePutIfAbsent() {
        Finding finding = only("""
                package demo;
                import java.util.Map;
                import java.util.concurrent.ConcurrentHashMap;
                class Fib {
                    private final Map<Integer, Long> memo = new ConcurrentHashMap<>();
                    long fib(int n) {
                        if (n < 2) return n;
                        return memo.computeIfAbsent(n, k -> fib(k - 1) + fib(k - 2));
                    }
                }
                """);

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location().line()).isEqualTo(8);
        assertThat(finding.message()).contains("memo.computeIfAbsent(n, ...)", "calls fib(...)",
                "updates 'memo' itself", "line 8", "Recursive update");
        assertThat(finding.fix()).contains("Long value = memo.get(n); if (value == null) { value = fib(n - 1) + fib(n - 2);",
                "Long raced = memo.putIfAbsent(n, value)");
    }

    @Test
    void shouldMentionConcurrentModificationForAPlainHashMap() {
        Finding finding = only("""
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                class Index {
                    private final Map<String, Integer> ids = new HashMap<>();
                    int id(String name) {
                        return ids.computeIfAbsent(name, k -> { ids.put(k + "#alias", ids.size()); return ids.size(); });
                    }
                }
                """);

        assertThat(finding.message()).contains("itself calls ids.put(k + \"#alias\", ...)", "ConcurrentModificationException");
    }

    private List<Integer> linesFlaggedIn(String source) {
        TestProject project = new TestProject(dir);
        String uri = project.write(source);
        StaticResult result = onlyThisRule(project);
        assertThat(result.problems()).isEmpty();
        return TestProject.lines(result, ID, uri);
    }

    private Finding only(String source) {
        TestProject project = new TestProject(dir);
        project.write(source);
        StaticResult result = onlyThisRule(project);
        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).hasSize(1);
        return result.findings().get(0);
    }

    private StaticResult onlyThisRule(TestProject project) {
        return new StaticAnalyzer(List.of(new RecursiveComputeRule()))
                .analyze(project.baseDir(), List.of(project.baseDir().resolve("src/main/java")), List.of(), Set.of());
    }
}
