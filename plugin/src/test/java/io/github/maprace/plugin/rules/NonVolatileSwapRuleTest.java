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

class NonVolatileSwapRuleTest {

    private static final String ID = NonVolatileSwapRule.ID;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadScheduledConfigReload.java",
            "BadCopyOnWriteSnapshot.java",
            "BadStaticFeatureFlags.java"})
    void shouldFlagTheSwapOfAPlainMapField(String input) {
        String source = TestProject.resource("rules/non_volatile_swap/" + input);
        List<Integer> expected = TestProject.expectedLines(source, ID);
        assertThat(expected).as("the input marks at least one line").isNotEmpty();

        assertThat(linesFlaggedIn(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodVolatileReload.java",
            "GoodAtomicReferenceSnapshot.java",
            "GoodPlainBeanSetter.java",
            "GoodSwapUnderLock.java"})
    void shouldNotFlagVolatileAtomicLockedOrUnsharedFields(String input) {
        String source = TestProject.resource("rules/non_volatile_swap/" + input);

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldNameTheEvidenceAndSuggestVolatileOrAnAtomicReference() {
        Finding finding = only(TestProject.resource("rules/non_volatile_swap/BadScheduledConfigReload.java"));

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Field 'config' is replaced in reload() at line 16",
                "config = ConfigFiles.read(\"app.properties\")", "hands tasks to an executor (timer.scheduleWithFixedDelay");
        assertThat(finding.fix()).contains("private volatile Map<String, String> config;",
                "private final AtomicReference<Map<String, String>> config = new AtomicReference<>(Map.of());");
    }

    @Test
    void shouldTreatAnImmutableSnapshotAsEvidenceOfConcurrentReaders() {
        Finding finding = only(TestProject.resource("rules/non_volatile_swap/BadCopyOnWriteSnapshot.java"));

        assertThat(finding.message()).contains("publishes immutable snapshots (Map.copyOf(...) at line 13)");
    }

    @Test
    void shouldWarnThatVolatileIsNotEnoughWhenTheMapIsAlsoModifiedInPlace() {
        String source = """
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                public class Sessions implements Runnable {
                    private Map<String, String> live = new HashMap<>();
                    public void run() { live = new HashMap<>(); }
                    public void add(String k) { live.put(k, k); }
                }
                """;

        Finding finding = only(source);
        assertThat(finding.location().line()).isEqualTo(6);
        assertThat(finding.fix()).contains("volatile publishes only the reference", "put in add() at line 7");
    }

    @Test
    void shouldLeaveLazyInitializationAndLifecycleSettersAlone() {
        String source = """
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                public class Beans implements Runnable {
                    private Map<String, String> lazy;
                    private Map<String, String> injected;
                    public void run() { if (lazy == null) lazy = new HashMap<>(); }
                    @Inject
                    public void setInjected(Map<String, String> m) { injected = m; }
                    public String get(String k) { return lazy.get(k) + injected.get(k); }
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
        return new StaticAnalyzer(List.of(new NonVolatileSwapRule()))
                .analyze(project.baseDir(), List.of(project.baseDir().resolve("src/main/java")), List.of(), Set.of());
    }
}
