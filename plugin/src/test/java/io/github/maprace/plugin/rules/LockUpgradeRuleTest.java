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

class LockUpgradeRuleTest {

    private static final String ID = LockUpgradeRule.ID;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadUpgradeInPlace.java",
            "BadUpgradeThroughFields.java",
            "BadUpgradeAfterEarlyExitRelease.java"})
    void shouldFlagAWriteLockTakenWhileTheReadLockIsHeldAtTheMarkedLines(String input) {
        String source = TestProject.resource("rules/lock_upgrade/" + input);
        List<Integer> expected = TestProject.expectedLines(source, ID);
        assertThat(expected).as("the input marks at least one line").isNotEmpty();

        assertThat(linesFlaggedIn(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodReleaseThenWrite.java",
            "GoodCachedDataDowngrade.java",
            "GoodDifferentLocksAndTryLock.java"})
    void shouldNotFlagReleaseFirstDowngradesOtherLocksOrTryLock(String input) {
        String source = TestProject.resource("rules/lock_upgrade/" + input);

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldNameBothHalvesAndTheLineTheReadLockWasTaken() {
        Finding finding = only(TestProject.resource("rules/lock_upgrade/BadUpgradeInPlace.java"));

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
        return new StaticAnalyzer(List.of(new LockUpgradeRule()))
                .analyze(project.baseDir(), List.of(project.baseDir().resolve("src/main/java")), List.of(), Set.of());
    }
}
