package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.analysis.StaticResult;
import io.github.maprace.plugin.analysis.TestProject;
import io.github.maprace.plugin.model.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression inputs from the review of real libraries (Guava 33.3.1, Caffeine 3.1.8, Netty 4.1,
 * commons-pool2 2.12, JCTools 4.0; see src/site/markdown/static.md): correct idioms that used to be
 * flagged, and the true findings that must survive the fixes. Every rule runs, as in a build.
 */
class LibraryIdiomsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodGetThenPutIfAbsentFastPath.java",
            "GoodGuavaMonitorAndLockHandOff.java",
            "GoodMultisetIsNotAMap.java",
            "GoodPerThreadInstanceWithStaticCounter.java"})
    void shouldNotFlagCorrectIdiomsOfWellEngineeredLibraries(String input) {
        StaticResult result = analyze(input);

        assertThat(result.findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "BadPutIfAbsentResultDropped.java, CHECK_THEN_ACT",
            "BadRemoveFromOtherThreadWithHelperUnderLock.java, INCONSISTENT_LOCKING"})
    void shouldStillFlagTheRacyVariantsAtTheMarkedLines(String input, String ruleId) {
        String source = TestProject.resource("rules/library_idioms/" + input);
        StaticResult result = analyze(input);

        List<Integer> lines = result.findings().stream().filter(f -> f.ruleId().equals(ruleId))
                .map(f -> f.location().line()).toList();
        assertThat(lines).isEqualTo(TestProject.expectedLines(source, ruleId));
    }

    @Test
    void shouldNotCountAnotherObjectsMethodOfTheSameNameAsACallOfThePrivateHelper() {
        Finding finding = analyze("BadRemoveFromOtherThreadWithHelperUnderLock.java").findings().stream()
                .filter(f -> f.ruleId().equals(InconsistentLockingRule.ID)).findFirst().orElseThrow();

        // remove(key) is only called from the synchronized cancel(): it is a guarded use
        assertThat(finding.message()).contains("run() at line").doesNotContain("in remove()");
    }

    private StaticResult analyze(String input) {
        TestProject project = new TestProject(dir);
        project.writeResource("rules/library_idioms/" + input);
        StaticResult result = project.analyze();
        assertThat(result.problems()).isEmpty();
        return result;
    }
}
