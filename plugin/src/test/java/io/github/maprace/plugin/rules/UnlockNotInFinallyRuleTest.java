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

class UnlockNotInFinallyRuleTest {

    private static final String ID = UnlockNotInFinallyRule.ID;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BadUnlockAfterWork.java",
            "BadReadWriteHalves.java",
            "BadTryLockBranch.java"})
    void shouldFlagLocksWhoseUnlockIsNotInAFollowingFinallyAtTheMarkedLines(String input) {
        String source = TestProject.resource("rules/unlock_not_in_finally/" + input);
        List<Integer> expected = TestProject.expectedLines(source, ID);
        assertThat(expected).as("the input marks at least one line").isNotEmpty();

        assertThat(linesFlaggedIn(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GoodCanonicalLocking.java",
            "GoodTryLockAndTwoLocks.java",
            "GoodLockHandedToCaller.java"})
    void shouldNotFlagCanonicalLockingTryLockBranchesOrLocksHandedToTheCaller(String input) {
        String source = TestProject.resource("rules/unlock_not_in_finally/" + input);

        assertThat(linesFlaggedIn(source)).isEmpty();
    }

    @Test
    void shouldShowTheCanonicalFormWithTheUsersOwnLockExpression() {
        Finding finding = only("""
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
        Finding finding = only(TestProject.resource("rules/unlock_not_in_finally/BadReadWriteHalves.java")
                .replaceAll("(?s)public Integer get.*?public void rename", "public void rename"));

        assertThat(finding.message()).contains("not the first statement of the try", "IllegalMonitorStateException");
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
        return new StaticAnalyzer(List.of(new UnlockNotInFinallyRule()))
                .analyze(project.baseDir(), List.of(project.baseDir().resolve("src/main/java")), List.of(), Set.of());
    }
}
