package io.github.maprace.plugin.baseline;

import io.github.maprace.plugin.model.Access;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Location;
import io.github.maprace.plugin.model.Origin;
import io.github.maprace.plugin.model.RaceDetails;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineTest {
    @TempDir
    Path dir;

    private static final String TEST = "src/test/java/com/acme/CacheTest.java";
    private static final String CACHE = "src/main/java/com/acme/Cache.java";

    private static Finding race(String uriA, int lineA, String uriB, int lineB, String threadA) {
        Access a = new Access("put", true, threadA, Location.of(uriA, lineA), List.of());
        Access b = new Access("get", false, "pool-1-thread-9", Location.of(uriB, lineB), List.of());
        return new Finding("DATA_RACE", Severity.ERROR, Origin.DYNAMIC, "put at " + uriA + ":" + lineA, "fix",
                a.location(), List.of(b.location()), new RaceDetails(a, b, null, "java.util.HashMap", "t", 1));
    }

    private static Finding check(int line, String field) {
        return Finding.ofStatic("CHECK_THEN_ACT", Severity.ERROR,
                "containsKey then put on '" + field + "' at line " + line, "fix", Location.of(CACHE, line));
    }

    @Test
    void shouldMatchAStaticFindingWhoseLineMoved() {
        Baseline b = Baseline.of(List.of(check(12, "rates")));
        assertThat(b.classify(List.of(check(40, "rates"), check(12, "prices")))).containsExactly(true, false);
    }

    @Test
    void shouldMatchARaceWhoseSidesSwappedAndWhoseThreadsWereRenamed() {
        Baseline b = Baseline.of(List.of(race(TEST, 20, CACHE, 30, "pool-1-thread-1")));
        Finding swapped = race(CACHE, 33, TEST, 21, "pool-3-thread-2");
        // the swapped race has put/get on the other files: a different pair of operations
        assertThat(b.classify(List.of(swapped))).containsExactly(false);
        assertThat(b.classify(List.of(race(TEST, 25, CACHE, 35, "pool-7-thread-4")))).containsExactly(true);
    }

    @Test
    void shouldAbsorbOneFindingPerEntry() {
        Baseline b = Baseline.of(List.of(check(12, "rates")));
        assertThat(b.classify(List.of(check(12, "rates"), check(50, "rates")))).containsExactly(true, false);
    }

    @Test
    void shouldRoundTripThroughItsFile() throws IOException {
        Path file = dir.resolve("maprace-baseline.xml");
        Baseline.of(List.of(check(12, "rates"), race(TEST, 20, CACHE, 30, "a"))).write(file);

        String text = Files.readString(file);
        assertThat(text).contains("<maprace-baseline version=\"1\">", "rule=\"CHECK_THEN_ACT\"", "uri=\"" + CACHE + "\"");
        Baseline read = Baseline.read(file);
        assertThat(read.size()).isEqualTo(2);
        assertThat(read.classify(List.of(check(99, "rates"), race(TEST, 1, CACHE, 2, "b")))).containsExactly(true, true);
        Baseline.of(List.of(race(TEST, 20, CACHE, 30, "a"), check(12, "rates"))).write(dir.resolve("again.xml"));
        assertThat(Files.readString(dir.resolve("again.xml"))).isEqualTo(text);
    }

    @Test
    void shouldRejectAFileThatIsNotABaseline() throws IOException {
        Path file = Files.writeString(dir.resolve("b.xml"), "<other/>");
        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a maprace baseline");
    }

    @Test
    void shouldNormaliseNumbersButNotIdentifiers() {
        assertThat(Fingerprint.normalise("map2 at Cache.java:42, 3  times")).isEqualTo("map2 at Cache.java:#, # times");
    }

    @Test
    void shouldMatchAStaticFindingWhoseRelatedLinesChanged() {
        Finding plain = check(12, "rates");
        Finding withRelated = new Finding(plain.ruleId(), plain.severity(), Origin.STATIC, plain.message(), plain.fix(),
                plain.location(), List.of(new Location(CACHE, 10, "the check"), new Location(CACHE, 30, "a write")), null);

        assertThat(Fingerprint.of(withRelated)).isEqualTo(Fingerprint.of(plain));
        assertThat(Baseline.of(List.of(plain)).classify(List.of(withRelated))).containsExactly(true);
    }
}
