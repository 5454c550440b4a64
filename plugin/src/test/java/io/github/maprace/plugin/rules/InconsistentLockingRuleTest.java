package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import io.github.maprace.plugin.model.Location;

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
            "BadSchedulerTasksSkipTheLock.java",
            "BadOneTaskSkipsTheClassMonitor.java",
            "BadTemplateMethodAlsoCalledWithoutTheLock.java"})
    void shouldFlagTheFirstAccessThatSkipsTheLock(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodEveryAccessLocked.java",
            "GoodHelperCalledUnderLock.java",
            "GoodHelperReachedFromTwoLockedPaths.java",
            "GoodTemplateMethodCalledUnderTheSuperclassLock.java",
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
    void shouldSuggestTheReadHalfOfAReadWriteLockForAReadAndTheWriteHalfForAWrite() {
        List<Finding> findings = analyze(input("BadReadWriteLockForgottenInSize.java")).findings();

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).message()).contains("under rw.writeLock()", "under rw.readLock()",
                "size() at line 32 reads it (size) without any lock");
        assertThat(findings.get(0).fix()).contains(
                "rw.readLock().lock(); try { return index.size(); } finally { rw.readLock().unlock(); }");
        assertThat(findings.get(1).message()).contains("reset() at line 36 modifies it (clear) without any lock");
        assertThat(findings.get(1).fix()).contains(
                "rw.writeLock().lock(); try { index.clear(); } finally { rw.writeLock().unlock(); }");
        assertThat(findings).allSatisfy(f -> assertThat(f.related()).extracting(Location::line, Location::description)
                .containsExactly(tuple(16, "modifies it (put) in add() under rw.writeLock()")));
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
    void shouldReportEveryUnguardedTaskASchedulerRuns() {
        List<Finding> findings = analyze(input("BadSchedulerTasksSkipTheLock.java")).findings();

        assertThat(findings).extracting(Finding::message).satisfiesExactly(
                first -> assertThat(first).contains("a lambda in start() at line 22 modifies it (values().removeIf)"),
                second -> assertThat(second).contains("a lambda in start() at line 24 reads it (size)"));
        assertThat(findings).allSatisfy(f -> assertThat(f.fix()).contains("inside the lambda"));
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
