package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.analysis.TestProject;
import io.github.maprace.plugin.model.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The field rules honour {@code @SuppressWarnings} on the map field itself, even where they report
 * at a use of the field that the field's declaration does not enclose; and on the method of the
 * use behind the finding, even where they report at the field declaration, which that method does
 * not enclose.
 */
class FieldSuppressionTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "shared_unsafe_map/BadSessionServlet.java, sessions, SHARED_UNSAFE_MAP",
            "inconsistent_locking/BadUnsynchronizedGetter.java, prices, INCONSISTENT_LOCKING",
            "lazy_init_race/BadLazyCacheInService.java, labels, LAZY_INIT_RACE",
            "non_volatile_swap/BadScheduledConfigReload.java, config, NON_VOLATILE_SWAP",
            "mutable_after_init/BadGetterExposesMap.java, regions, MUTABLE_AFTER_INIT"})
    void shouldHonourTheRulesIdOrPlainMapraceOnTheFieldButNotAnotherId(String input, String field, String ruleId) {
        assertThat(findingsWith(input, field, "maprace:" + ruleId, ruleId)).isEmpty();
        assertThat(findingsWith(input, field, "maprace", ruleId)).isEmpty();
        assertThat(findingsWith(input, field, "maprace:CHECK_THEN_ACT", ruleId)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "shared_unsafe_map/BadStaticRegistry.java, register, SHARED_UNSAFE_MAP",
            "inconsistent_locking/BadUnsynchronizedGetter.java, price, INCONSISTENT_LOCKING",
            "lazy_init_race/BadLazyCacheInService.java, label, LAZY_INIT_RACE",
            "non_volatile_swap/BadScheduledConfigReload.java, reload, NON_VOLATILE_SWAP",
            "mutable_after_init/BadGetterExposesMap.java, regions, MUTABLE_AFTER_INIT"})
    void shouldHonourTheRulesIdOnTheMethodOfTheUseBehindTheFinding(String input, String method, String ruleId) {
        String source = TestProject.resource("rules/" + input);
        String annotated = source.replaceFirst("(\\n\\s*)((?:public |static |protected )*[\\w<>, ]+ " + method + "\\()",
                "$1@SuppressWarnings(\"maprace:" + ruleId + "\")$1$2");
        assertThat(annotated).as("the method declaration was found").isNotEqualTo(source);

        assertThat(findingsIn(annotated, "method_" + ruleId, ruleId)).isEmpty();
        assertThat(findingsIn(source, "plain_" + ruleId, ruleId)).isNotEmpty();
    }

    private List<Finding> findingsWith(String input, String field, String suppression, String ruleId) {
        String source = TestProject.resource("rules/" + input);
        String annotated = source.replaceFirst("(\\n\\s*)(private [^=;(]*Map<[^=;(]*\\b" + field + "\\b)",
                "$1@SuppressWarnings(\"" + suppression + "\")$1$2");
        assertThat(annotated).as("the field declaration was found").isNotEqualTo(source);
        return findingsIn(annotated, suppression.replace(':', '_'), ruleId);
    }

    private List<Finding> findingsIn(String source, String projectName, String ruleId) {
        TestProject project = new TestProject(dir.resolve(projectName));
        project.write(source);
        return project.analyze().findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
