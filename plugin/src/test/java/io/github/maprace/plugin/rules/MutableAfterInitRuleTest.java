package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.tuple;

import io.github.maprace.plugin.model.Location;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MutableAfterInitRuleTest extends RuleTestBase {

    MutableAfterInitRuleTest() {
        super(new MutableAfterInitRule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadEnumLookupTable.java",
            "BadGetterExposesMap.java",
            "BadPublicConstantMap.java"})
    void shouldFlagAMapFilledAtInitButLeftMutableOrExposed(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodCopyOfLookupTable.java",
            "GoodGetterReturnsView.java",
            "GoodWrittenLaterOrUnshared.java"})
    void shouldNotFlagImmutableCopiesReadOnlyViewsOrMapsWrittenLater(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldNoteAStaticLookupTableAndSuggestMapCopyOf() {
        Finding finding = onlyFinding(input("BadEnumLookupTable.java"));

        assertThat(finding.severity()).isEqualTo(Severity.NOTE);
        assertThat(finding.message()).contains("Field 'BY_CODE' is a HashMap filled only during class initialization");
        assertThat(finding.fix()).contains("private static final Map<String, BadEnumLookupTable> BY_CODE;",
                "BY_CODE = Map.copyOf(m);");
    }

    @Test
    void shouldWarnWhenAPublicGetterOfASharedClassReturnsTheMapItself() {
        Finding finding = onlyFinding(input("BadGetterExposesMap.java"));

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("regions() returns the mutable HashMap 'regions' itself",
                "annotated @Service");
        assertThat(finding.fix()).contains("return Map.copyOf(regions);");
    }

    @Test
    void shouldKeepTheOrderOfALinkedHashMapWithUnmodifiableMap() {
        Finding finding = onlyFinding(input("BadPublicConstantMap.java"));

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

        Finding finding = onlyFinding(source);
        assertThat(finding.location().line()).as("the field, where the fix goes").isEqualTo(5);
        assertThat(finding.related()).extracting(Location::line, Location::description)
                .containsExactly(tuple(7, "returned mutable by values()"));
        assertThat(finding.severity()).isEqualTo(Severity.NOTE);
    }
}
