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
            "BadGetterExposesMap.java",
            "BadPublicConstantMap.java",
            "BadCatalogFilledByLoader.java",
            "BadPackagePrivateCatalog.java"})
    void shouldFlagAMapFilledAtInitButLeftMutableOrExposed(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodCopyOfLookupTable.java",
            "GoodGetterReturnsView.java",
            "GoodWrittenLaterOrUnshared.java",
            "GoodEnumLookupTableOnlyRead.java",
            "GoodMimeTypeTable.java",
            "GoodCatalogReplacedWhole.java"})
    void shouldNotFlagImmutableCopiesReadOnlyViewsTablesNeverWrittenAgainOrMapsWrittenLater(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldNameTheOtherClassThatFillsTheMapThroughTheGetter() {
        Finding finding = onlyFinding(input("BadCatalogFilledByLoader.java"));

        assertThat(finding.message()).contains("'titles'", "CatalogLoader", "load()");
        assertThat(finding.related()).extracting(Location::line, Location::description).containsExactly(
                tuple(16, "returned mutable by titles()"),
                tuple(34, "put through titles() in a lambda in CatalogLoader.load()"));
    }

    @Test
    void shouldFindTheFillOfAnotherClassInAnotherFile() {
        String catalog = """
                package shop;
                import java.util.HashMap;
                import java.util.Map;
                public class Catalog {
                    private final Map<String, String> titles = new HashMap<>();
                    public Map<String, String> getTitles() { return titles; }
                    public String title(String sku) { return titles.get(sku); }
                }
                """;
        String loader = """
                package shop.load;
                import shop.Catalog;
                public class Loader {
                    public void load(Catalog catalog) {
                        catalog.getTitles().putAll(java.util.Map.of("a", "A"));
                    }
                }
                """;

        Finding finding = onlyFinding(catalog, loader);
        assertThat(finding.location()).isEqualTo(Location.of("src/main/java/shop/Catalog.java", 5));
        assertThat(finding.related()).extracting(Location::uri, Location::line).containsExactly(
                tuple("src/main/java/shop/Catalog.java", 6), tuple("src/main/java/shop/load/Loader.java", 5));
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
