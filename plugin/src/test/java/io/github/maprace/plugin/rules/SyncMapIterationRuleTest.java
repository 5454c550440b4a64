package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyncMapIterationRuleTest extends RuleTestBase {

    SyncMapIterationRuleTest() {
        super(new SyncMapIterationRule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadForEachWithoutLock.java",
            "BadStreamsCopiesAndIterators.java",
            "BadWrongLock.java",
            "BadViewKeptInField.java"})
    void shouldFlagUnlockedTraversalsAtTheMarkedLines(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodSynchronizedOnTheMap.java",
            "GoodWrapperLockedCalls.java",
            "GoodNotASynchronizedWrapper.java",
            "GoodViewKeptInFieldIteratedUnderTheMap.java"})
    void shouldNotFlagTraversalsUnderTheMapsLockOrCallsTheWrapperLocks(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldNameTheMapAndWrapTheLoopInTheMapsOwnLock() {
        Finding finding = onlyFinding("""
                package demo;
                import java.util.*;
                class Registry {
                    private final Map<String, Integer> ids = Collections.synchronizedMap(new HashMap<>());
                    int total() {
                        int sum = 0;
                        for (int id : ids.values()) {
                            sum += id;
                        }
                        return sum;
                    }
                }
                """);

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location().line()).isEqualTo(7);
        assertThat(finding.message()).contains("(the for-each loop over ids.values())", "synchronized map 'ids'",
                "ConcurrentModificationException");
        assertThat(finding.fix()).contains("synchronized (ids) { for (int id : ids.values()) { ... } }",
                "ids.forEach((k, v) -> ...)");
    }

    @Test
    void shouldSayThatAnotherLockDoesNotProtectTheTraversal() {
        Finding finding = onlyFinding("""
                package demo;
                import java.util.*;
                class Registry {
                    private final Map<String, Integer> ids = Collections.synchronizedMap(new HashMap<>());
                    synchronized List<String> names() {
                        return new ArrayList<>(new TreeSet<>(ids.keySet()));
                    }
                }
                """);

        assertThat(finding.message()).contains("new TreeSet<>(ids.keySet())", "only synchronized (ids)");
    }

    @Test
    void shouldFlagATraversalInALambdaEvenWhenTheLambdaIsCreatedUnderTheLock() {
        String source = """
                package demo;
                import java.util.*;
                import java.util.concurrent.Executor;
                class Reporter {
                    private final Map<String, Integer> ids = Collections.synchronizedMap(new HashMap<>());
                    void report(Executor executor) {
                        synchronized (ids) {
                            executor.execute(() -> {
                                for (String id : ids.keySet()) {
                                    System.out.println(id);
                                }
                            });
                        }
                    }
                }
                """;

        assertThat(linesFlaggedIn(source)).containsExactly(9);
    }
}
