package io.github.maprace.plugin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionTest {

    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            package demo;
            import java.util.concurrent.ConcurrentHashMap;
            %s
            class Cache {
                %s
                private final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();
                %s
                String load(String k) {
                    %s
                    String v = map.get(k);
                    if (v == null) {
                        v = k.trim();
                        map.put(k, v);
                    }
                    return v;
                }
            }
            """;

    @Test
    void shouldReportWhenNothingIsSuppressed() {
        assertThat(findingsWith("", "", "", "")).isEqualTo(1);
    }

    @Test
    void shouldSuppressEveryRuleWithPlainMapraceOnTheType() {
        assertThat(findingsWith("@SuppressWarnings(\"maprace\")", "", "", "")).isZero();
    }

    @Test
    void shouldSuppressOneRuleByIdOnTheMethod() {
        assertThat(findingsWith("", "", "@SuppressWarnings(\"maprace:CHECK_THEN_ACT\")", "")).isZero();
    }

    @Test
    void shouldSuppressOnTheLocalVariableHoldingTheCheck() {
        assertThat(findingsWith("", "", "", "@SuppressWarnings(\"maprace:CHECK_THEN_ACT\")")).isZero();
    }

    @Test
    void shouldSuppressWhenTheIdIsOneOfSeveralValues() {
        assertThat(findingsWith("", "", "@SuppressWarnings({\"unchecked\", \"maprace:CHECK_THEN_ACT\"})", ""))
                .isZero();
    }

    @Test
    void shouldNotSuppressWithAnotherRulesId() {
        assertThat(findingsWith("@SuppressWarnings(\"maprace:NON_ATOMIC_UPDATE\")", "", "", "")).isEqualTo(1);
    }

    @Test
    void shouldNotSuppressFromAnAnnotationOnAFieldThatDoesNotEncloseTheFinding() {
        assertThat(findingsWith("", "@SuppressWarnings(\"maprace\")", "", "")).isEqualTo(1);
    }

    @Test
    void shouldSuppressOnTheFieldWhenTheFindingIsInItsInitializer() {
        String source = """
                package demo;
                import java.util.concurrent.ConcurrentHashMap;
                class Holder {
                    static final ConcurrentHashMap<String, Integer> COUNTS = new ConcurrentHashMap<>();
                    @SuppressWarnings("maprace:NON_ATOMIC_UPDATE")
                    final Runnable bump = () -> COUNTS.put("a", COUNTS.get("a") + 1);
                }
                """;
        TestProject project = new TestProject(dir);
        project.write(source);

        assertThat(project.analyze().findings()).isEmpty();
    }

    private int findingsWith(String onType, String onField, String onMethod, String onLocal) {
        TestProject project = new TestProject(dir);
        project.write(String.format(TEMPLATE, onType, onField, onMethod, onLocal));
        StaticResult result = project.analyze();
        assertThat(result.problems()).isEmpty();
        return (int) result.findings().stream().filter(f -> f.ruleId().equals("CHECK_THEN_ACT")).count();
    }
}
