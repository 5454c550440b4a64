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

class LazyInitRaceRuleTest {

    private static final String ID = LazyInitRaceRule.ID;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadLazyCacheInService.java",
            "BadStaticLazyRegistry.java",
            "BadDoubleCheckedLocking.java"})
    void shouldFlagTheRacyLazyAssignment(String input) {
        String source = TestProject.resource("rules/lazy_init_race/" + input);
        List<Integer> expected = TestProject.expectedLines(source, ID);
        assertThat(expected).as("the input marks at least one line").isNotEmpty();

        assertThat(linesFlaggedIn(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodVolatileDoubleCheckedLocking.java",
            "GoodSynchronizedLazyInit.java",
            "GoodSingleThreadedLazyInit.java",
            "GoodImmutableRacySingleCheck.java"})
    void shouldNotFlagLockedVolatileUnsharedOrImmutableLazyInit(String input) {
        String source = TestProject.resource("rules/lazy_init_race/" + input);

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldWarnAboutAnUnlockedSingleCheckAndNameTheEvidence() {
        Finding finding = only(TestProject.resource("rules/lazy_init_race/BadLazyCacheInService.java"));

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("Field 'labels'", "null check at line 13",
                "labels = new HashMap<>() at line 14", "annotated @Service", "without volatile");
        assertThat(finding.fix()).contains("private final Map<String, String> labels = new ConcurrentHashMap<>();",
                "updateAndGet");
    }

    @Test
    void shouldReportBrokenDoubleCheckedLockingAsAnErrorWithAVolatileFix() {
        Finding finding = only(TestProject.resource("rules/lazy_init_race/BadDoubleCheckedLocking.java"));

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Broken double-checked locking on field 'messages'",
                "unlocked check at line 11", "assigned at line 14", "not volatile");
        assertThat(finding.fix()).contains("private volatile Map<String, String> messages;");
    }

    @Test
    void shouldFlagDoubleCheckedLockingWithALockSpanToo() {
        String source = """
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                import java.util.concurrent.locks.ReentrantLock;
                public class Holder {
                    private final ReentrantLock lock = new ReentrantLock();
                    private Map<String, String> map;
                    Map<String, String> get() {
                        if (map == null) {
                            lock.lock();
                            try {
                                if (map == null) map = new HashMap<>();
                            } finally {
                                lock.unlock();
                            }
                        }
                        return map;
                    }
                }
                """;

        Finding finding = only(source);
        assertThat(finding.location().line()).isEqualTo(12);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void shouldNotFlagLazyInitInAConstructorOrOfANonMapField() {
        String source = """
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                public class Eager implements Runnable {
                    private Map<String, String> map;
                    private StringBuilder text;
                    public Eager(Map<String, String> given) {
                        map = given;
                        if (map == null) map = new HashMap<>();
                    }
                    public void run() {
                        if (text == null) text = new StringBuilder();
                    }
                }
                """;

        assertThat(linesFlaggedIn(source)).isEmpty();
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
        return new StaticAnalyzer(List.of(new LazyInitRaceRule()))
                .analyze(project.baseDir(), List.of(project.baseDir().resolve("src/main/java")), List.of(), Set.of());
    }
}
