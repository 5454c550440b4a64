package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnlockNotInFinallyRuleTest extends RuleTestBase {

    UnlockNotInFinallyRuleTest() {
        super(new UnlockNotInFinallyRule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadUnlockAfterWork.java",
            "BadReadWriteHalves.java",
            "BadTryLockBranch.java",
            "BadDowngradeWithWorkBeforeTry.java"})
    void shouldFlagLocksWhoseUnlockIsNotInAFollowingFinallyAtTheMarkedLines(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodCanonicalLocking.java",
            "GoodTryLockAndTwoLocks.java",
            "GoodLockHandedToCaller.java",
            "GoodAliasedReadLockHalves.java",
            "GoodCachedDataDowngrade.java"})
    void shouldNotFlagCanonicalLockingTryLockBranchesOrLocksHandedToTheCaller(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldShowTheCanonicalFormWithTheUsersOwnLockExpression() {
        Finding finding = onlyFinding("""
                package demo;
                import java.util.*;
                import java.util.concurrent.locks.ReentrantReadWriteLock;
                class Registry {
                    private final Map<String, Integer> ids = new HashMap<>();
                    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();
                    Integer get(String name) {
                        rwl.readLock().lock();
                        Integer id = ids.get(name);
                        rwl.readLock().unlock();
                        return id;
                    }
                }
                """);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location().line()).isEqualTo(8);
        assertThat(finding.message()).contains("rwl.readLock().lock()", "line 10", "blocks forever");
        assertThat(finding.fix()).contains("rwl.readLock().lock(); try { ... } finally { rwl.readLock().unlock(); }");
    }

    @Test
    void shouldExplainALockTakenAfterOtherCodeInsideTheTry() {
        Finding finding = onlyFinding(input("BadReadWriteHalves.java")
                .replaceAll("(?s)public Integer get.*?public void rename", "public void rename"));

        assertThat(finding.message()).contains("not the first statement of the try", "IllegalMonitorStateException");
    }
}
