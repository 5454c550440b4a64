package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.tuple;

import io.github.maprace.plugin.model.Location;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonVolatileSwapRuleTest extends RuleTestBase {

    NonVolatileSwapRuleTest() {
        super(new NonVolatileSwapRule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadScheduledConfigReload.java",
            "BadCopyOnWriteSnapshot.java",
            "BadStaticFeatureFlags.java"})
    void shouldFlagTheSwapOfAPlainMapField(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodVolatileReload.java",
            "GoodAtomicReferenceSnapshot.java",
            "GoodPlainBeanSetter.java",
            "GoodSwapUnderLock.java"})
    void shouldNotFlagVolatileAtomicLockedOrUnsharedFields(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldNameTheEvidenceAndSuggestVolatileOrAnAtomicReference() {
        Finding finding = onlyFinding(input("BadScheduledConfigReload.java"));

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Field 'config' is replaced in reload() at line 16",
                "config = ConfigFiles.read(\"app.properties\")", "hands tasks to an executor (timer.scheduleWithFixedDelay");
        assertThat(finding.fix()).contains("private volatile Map<String, String> config;",
                "private final AtomicReference<Map<String, String>> config = new AtomicReference<>(Map.of());");
    }

    @Test
    void shouldTreatAnImmutableSnapshotAsEvidenceOfConcurrentReaders() {
        Finding finding = onlyFinding(input("BadCopyOnWriteSnapshot.java"));

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

        Finding finding = onlyFinding(source);
        assertThat(finding.location().line()).as("the field, where volatile goes").isEqualTo(5);
        assertThat(finding.related()).extracting(Location::line, Location::description).containsExactly(
                tuple(6, "replaced in run()"), tuple(7, "put in add() modifies the published map in place"));
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
}
