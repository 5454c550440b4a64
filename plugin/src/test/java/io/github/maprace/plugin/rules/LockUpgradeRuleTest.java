package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LockUpgradeRuleTest extends RuleTestBase {

    LockUpgradeRuleTest() {
        super(new LockUpgradeRule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadUpgradeInPlace.java",
            "BadUpgradeThroughFields.java",
            "BadUpgradeAfterEarlyExitRelease.java"})
    void shouldFlagAWriteLockTakenWhileTheReadLockIsHeldAtTheMarkedLines(String input) {
        assertFlagsTheMarkedLines(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodReleaseThenWrite.java",
            "GoodCachedDataDowngrade.java",
            "GoodDifferentLocksAndTryLock.java"})
    void shouldNotFlagReleaseFirstDowngradesOtherLocksOrTryLock(String input) {
        assertFlagsNothingIn(input(input));
    }

    @Test
    void shouldNameBothHalvesAndTheLineTheReadLockWasTaken() {
        Finding finding = onlyFinding(input("BadUpgradeInPlace.java"));

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("rwl.writeLock().lock()", "still holds rwl.readLock()", "line 13",
                "deadlocks");
        assertThat(finding.fix()).contains("rwl.readLock().unlock(); rwl.writeLock().lock(); try {",
                "finally { rwl.writeLock().unlock(); }", "tryConvertToWriteLock");
    }

    @Test
    void shouldCountAReentrantReadLockUntilEveryHoldIsReleased() {
        String source = """
                package demo;
                import java.util.concurrent.locks.ReentrantReadWriteLock;
                class Twice {
                    private final ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();
                    void run() {
                        rwl.readLock().lock();
                        rwl.readLock().lock();
                        rwl.readLock().unlock();
                        rwl.writeLock().lock();
                        rwl.writeLock().unlock();
                        rwl.readLock().unlock();
                    }
                }
                """;

        assertThat(linesFlaggedIn(source)).containsExactly(9);
    }
}
