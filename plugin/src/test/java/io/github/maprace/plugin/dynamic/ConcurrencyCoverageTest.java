package io.github.maprace.plugin.dynamic;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.Severity;
import io.github.maprace.plugin.model.SharedMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static pass's shared map fields joined with the run's coverage: a field some test exercised
 * is a covered row, one no test exercised a note at its declaration, and a map only the run saw
 * counts when the main sources created it.
 */
class ConcurrencyCoverageTest {
    private static final String FEEDS = "src/main/java/com/acme/Feeds.java";

    private static Finding candidate(String field, int line) {
        return Finding.ofStatic("UNTESTED_SHARED_MAP", Severity.NOTE, "Shared map '" + field + "' (Map in Feeds, "
                + "shared because it is static; written in poll(); read in get())", "fix", Location.of(FEEDS, line));
    }

    private static SharedMap seen(String uri, String name, int line, boolean exercised, String... tests) {
        return new SharedMap(name, Location.of(uri, line), RaceLogReader.SEEN_SHARED, exercised, List.of(tests),
                List.of(Location.of(uri, line + 10)));
    }

    private static final java.util.function.Predicate<String> MAIN = uri -> uri.startsWith("src/main/java/");

    @Test
    void aFieldSomeTestExercisedIsACoveredRowAtItsDeclaration() {
        ConcurrencyCoverage.Result r = ConcurrencyCoverage.join(List.of(candidate("LAST_SEEN", 8)),
                List.of(seen(FEEDS, "Feeds.LAST_SEEN", 12, true, "com.acme.FeedsTest#polls")), MAIN);

        assertThat(r.untested()).isEmpty();
        assertThat(r.maps()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Feeds.LAST_SEEN");
            assertThat(m.location().line()).isEqualTo(8);
            assertThat(m.sharedBecause()).isEqualTo("it is static");
            assertThat(m.exercised()).isTrue();
            assertThat(m.tests()).containsExactly("com.acme.FeedsTest#polls");
        });
    }

    @Test
    void aFieldNoTestExercisedIsANoteAtItsDeclarationSayingWhatTheRunSaw() {
        ConcurrencyCoverage.Result r = ConcurrencyCoverage.join(
                List.of(candidate("LAST_SEEN", 8), candidate("SOURCES", 9)),
                List.of(seen(FEEDS, "Feeds.LAST_SEEN", 12, false)), MAIN);

        assertThat(r.untested()).extracting(f -> f.location().line()).containsExactly(8, 9);
        Finding seenAcrossTests = r.untested().get(0);
        assertThat(seenAcrossTests.ruleId()).isEqualTo("UNTESTED_SHARED_MAP");
        assertThat(seenAcrossTests.severity()).isEqualTo(Severity.NOTE);
        assertThat(seenAcrossTests.origin()).isEqualTo(Origin.DYNAMIC);
        assertThat(seenAcrossTests.message()).contains("judged it only across tests");
        assertThat(seenAcrossTests.related()).extracting(Location::line).containsExactly(22);
        assertThat(r.untested().get(1).message()).contains("no test made two threads use it");
        assertThat(r.maps()).extracting(SharedMap::exercised).containsExactly(false, false);
    }

    @Test
    void aMapOnlyTheRunSawCountsWhenTheMainSourcesCreatedIt() {
        ConcurrencyCoverage.Result r = ConcurrencyCoverage.join(List.of(), List.of(
                seen("src/main/java/com/acme/Tally.java", "Tally.views", 7, false),
                seen("src/test/java/com/acme/TallyTest.java", "TallyTest.seen", 5, false),
                seen("src/main/java/com/acme/Cache.java", "Cache.entries", 3, true, "com.acme.CacheTest#fills")),
                MAIN);

        assertThat(r.maps()).extracting(SharedMap::name).containsExactly("Cache.entries", "Tally.views");
        assertThat(r.untested()).singleElement().satisfies(f -> {
            assertThat(f.location().uri()).isEqualTo("src/main/java/com/acme/Tally.java");
            assertThat(f.message()).startsWith("Shared map 'Tally.views' (created at src/main/java/com/acme/Tally.java:7, "
                    + "the test run saw one thread write it and another use it)");
        });
    }

    @Test
    void aTestClasssOwnSharedFieldIsNotTheProjectsToCover() {
        Finding inTests = Finding.ofStatic("UNTESTED_SHARED_MAP", Severity.NOTE, "Shared map 'START_TIMES' (Map in "
                + "TestCaseLogger, shared because it is static; written in before())", "fix",
                Location.of("src/test/java/com/acme/TestCaseLogger.java", 27));

        ConcurrencyCoverage.Result r = ConcurrencyCoverage.join(List.of(inTests), List.of(), MAIN);

        assertThat(r.maps()).isEmpty();
        assertThat(r.untested()).isEmpty();
    }

    @Test
    void mainSourceRootsAreMatchedAsDirectories() {
        assertThat(ConcurrencyCoverage.under(List.of("src/main/java")).test("src/main/java/A.java")).isTrue();
        assertThat(ConcurrencyCoverage.under(List.of("src/main/java")).test("src/main/javax/A.java")).isFalse();
    }
}
