package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InconsistentLockingRuleTest extends RuleTestBase {

    InconsistentLockingRuleTest() {
        super(new InconsistentLockingRule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadUnsynchronizedGetter.java",
            "BadReadWriteLockForgottenInSize.java",
            "BadLockObjectSkippedInLambda.java",
            "BadSnapshotReaderWithoutLock.java",
            "BadOneMethodLocksAnotherMonitor.java",
            "BadSchedulerTasksSkipTheLock.java"})
    void shouldFlagTheFirstAccessThatSkipsTheLock(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodEveryAccessLocked.java",
            "GoodHelperCalledUnderLock.java",
            "GoodConcurrentMapWithCompoundLock.java",
            "GoodVolatileSnapshot.java",
            "GoodSameMonitorUnderOthers.java",
            "GoodReadWriteHalvesInFields.java",
            "GoodSchedulerTasksTakeTheLock.java",
            "GoodBoundedRegistry.java",
            "GoodBoundedRegistryWithLock.java"})
    void shouldNotFlagConsistentlyLockedOrThreadSafeFields(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldNameWhereTheFieldIsGuardedAndWrapTheAccessInTheSameLock() {
        Finding finding = onlyFinding(input("BadUnsynchronizedGetter.java"));

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Field 'prices' is guarded in update() under a synchronized method",
                "delist()", "price() at line 19 reads it (get) without any lock");
        assertThat(finding.fix()).contains("synchronized (this) { return prices.get(sku); }");
    }

    @Test
    void shouldSuggestTheReadHalfOfAReadWriteLockForAReadAndCountTheOtherUnguardedUses() {
        Finding finding = onlyFinding(input("BadReadWriteLockForgottenInSize.java"));

        assertThat(finding.message()).contains("under rw.writeLock()", "under rw.readLock()",
                "1 more unguarded use: modifies it (clear) in reset() at line 36");
        assertThat(finding.fix()).contains(
                "rw.readLock().lock(); try { return index.size(); } finally { rw.readLock().unlock(); }");
    }

    @Test
    void shouldOfferVolatileForAFieldThatIsOnlyEverReplacedWhole() {
        Finding finding = onlyFinding(input("BadSnapshotReaderWithoutLock.java"));

        assertThat(finding.fix()).contains("synchronized (this) { return settings.get(key); }",
                "private volatile Map<String, String> settings;");
    }

    @Test
    void shouldNameTheOtherMonitorAndSuggestTheOneTheOtherUsesHold() {
        Finding finding = onlyFinding(input("BadOneMethodLocksAnotherMonitor.java"));

        assertThat(finding.message()).contains("is guarded in open() under synchronized (lock)",
                "count() at line 31 reads it (size) under synchronized (this) only, which does not exclude "
                        + "synchronized (lock)");
        assertThat(finding.fix()).contains("synchronized (lock) { return sessions.size(); }");
    }

    @Test
    void shouldCountEveryUnguardedTaskASchedulerRuns() {
        Finding finding = onlyFinding(input("BadSchedulerTasksSkipTheLock.java"));

        assertThat(finding.message()).contains("a lambda in start() at line 22 modifies it (values().removeIf)",
                "1 more unguarded use: reads it (size) in a lambda in start() at line 24");
        assertThat(finding.fix()).contains("inside the lambda");
    }

    @Test
    void shouldReportAnUnguardedAccessToAFieldDeclaredGuardedBy() {
        String source = """
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                public class Tally {
                    private final Object lock = new Object();
                    @GuardedBy("lock")
                    private final Map<String, Integer> counts = new HashMap<>();
                    public void add(String k) {
                        counts.merge(k, 1, Integer::sum);
                    }
                }
                """;

        Finding finding = onlyFinding(source);
        assertThat(finding.location().line()).isEqualTo(9);
        assertThat(finding.message()).contains("is declared @GuardedBy(\"lock\")");
        assertThat(finding.fix()).contains("synchronized (lock) { counts.merge(k, 1, Integer::sum); }");
    }

    @Test
    void shouldNotFlagAMapThatIsNeverWrittenAfterConstruction() {
        String source = """
                package demo;
                import java.util.HashMap;
                import java.util.Map;
                public class Names {
                    private final Map<String, String> names = new HashMap<>();
                    public Names() { names.put("a", "b"); }
                    public synchronized String a() { return names.get("a"); }
                    public String b() { return names.get("b"); }
                }
                """;

        assertThat(linesFlaggedIn(source)).isEmpty();
    }
}
