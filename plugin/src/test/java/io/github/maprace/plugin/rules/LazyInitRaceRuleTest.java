package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LazyInitRaceRuleTest extends RuleTestBase {

    LazyInitRaceRuleTest() {
        super(new LazyInitRaceRule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadLazyCacheInService.java",
            "BadStaticLazyRegistry.java",
            "BadDoubleCheckedLocking.java",
            "BadLazySettingsOfHolderSingleton.java",
            "BadEarlyReturnSettings.java",
            "BadEarlyReturnDoubleCheck.java"})
    void shouldFlagTheRacyLazyAssignment(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodVolatileDoubleCheckedLocking.java",
            "GoodSynchronizedLazyInit.java",
            "GoodSingleThreadedLazyInit.java",
            "GoodImmutableRacySingleCheck.java",
            "GoodEagerSettingsOfHolderSingleton.java",
            "GoodEarlyReturnUnderLock.java"})
    void shouldNotFlagLockedVolatileUnsharedOrImmutableLazyInit(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldWarnAboutAnUnlockedSingleCheckAndNameTheEvidence() {
        Finding finding = onlyFinding(input("BadLazyCacheInService.java"));

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("Field 'labels'", "null check at line 13",
                "labels = new HashMap<>() at line 14", "annotated @Service", "without volatile");
        assertThat(finding.fix()).contains("private final Map<String, String> labels = new ConcurrentHashMap<>();",
                "updateAndGet");
    }

    @Test
    void shouldReportBrokenDoubleCheckedLockingAsAnErrorWithAVolatileFix() {
        Finding finding = onlyFinding(input("BadDoubleCheckedLocking.java"));

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

        Finding finding = onlyFinding(source);
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
}
