package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecursiveComputeRuleTest extends RuleTestBase {

    RecursiveComputeRuleTest() {
        super(new RecursiveComputeRule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadMemoizedRecursion.java",
            "BadNestedUpdateInFunction.java",
            "BadHelperWritesField.java"})
    void shouldFlagComputeFunctionsThatUpdateTheSameMapAtTheMarkedLines(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodComputeOutsideFunction.java",
            "GoodPureFunctions.java",
            "GoodLocalMapsAndOtherObjects.java"})
    void shouldNotFlagFunctionsThatReadOnlyOrUpdateAnotherMap(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldExplainTheRecursionAndSuggestComputingBeforePutIfAbsent() {
        Finding finding = onlyFinding("""
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
        Finding finding = onlyFinding("""
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
}
