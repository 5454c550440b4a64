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

class MutableAfterInitRuleTest {

    private static final String ID = MutableAfterInitRule.ID;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadEnumLookupTable.java",
            "BadGetterExposesMap.java",
            "BadPublicConstantMap.java"})
    void shouldFlagAMapFilledAtInitButLeftMutableOrExposed(String input) {
        String source = TestProject.resource("rules/mutable_after_init/" + input);
        List<Integer> expected = TestProject.expectedLines(source, ID);
        assertThat(expected).as("the input marks at least one line").isNotEmpty();

        assertThat(linesFlaggedIn(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodCopyOfLookupTable.java",
            "GoodGetterReturnsView.java",
            "GoodWrittenLaterOrUnshared.java"})
    void shouldNotFlagImmutableCopiesReadOnlyViewsOrMapsWrittenLater(String input) {
        String source = TestProject.resource("rules/mutable_after_init/" + input);

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldNoteAStaticLookupTableAndSuggestMapCopyOf() {
        Finding finding = only(TestProject.resource("rules/mutable_after_init/BadEnumLookupTable.java"));

        assertThat(finding.severity()).isEqualTo(Severity.NOTE);
        assertThat(finding.message()).contains("Field 'BY_CODE' is a HashMap filled only during class initialization");
        assertThat(finding.fix()).contains("private static final Map<String, BadEnumLookupTable> BY_CODE;",
                "BY_CODE = Map.copyOf(m);");
    }

    @Test
    void shouldWarnWhenAPublicGetterOfASharedClassReturnsTheMapItself() {
        Finding finding = only(TestProject.resource("rules/mutable_after_init/BadGetterExposesMap.java"));

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("regions() returns the mutable HashMap 'regions' itself",
                "annotated @Service");
        assertThat(finding.fix()).contains("return Map.copyOf(regions);");
    }

    @Test
    void shouldKeepTheOrderOfALinkedHashMapWithUnmodifiableMap() {
        Finding finding = only(TestProject.resource("rules/mutable_after_init/BadPublicConstantMap.java"));

        assertThat(finding.severity()).isEqualTo(Severity.NOTE);
        assertThat(finding.message()).contains("visible to other classes");
        assertThat(finding.fix()).contains("LIMITS = Collections.unmodifiableMap(m);");
    }

    @Test
    void shouldNoteAnExposedMapOfAPlainClassOnlyAsANote() {
        String source = """
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                public class Headers {
                    private final Map<String, String> values;
                    public Headers(Map<String, String> given) { values = new HashMap<>(given); }
                    public Map<String, String> values() { return values; }
                }
                """;

        Finding finding = only(source);
        assertThat(finding.location().line()).isEqualTo(7);
        assertThat(finding.severity()).isEqualTo(Severity.NOTE);
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
        return new StaticAnalyzer(List.of(new MutableAfterInitRule()))
                .analyze(project.baseDir(), List.of(project.baseDir().resolve("src/main/java")), List.of(), Set.of());
    }
}
