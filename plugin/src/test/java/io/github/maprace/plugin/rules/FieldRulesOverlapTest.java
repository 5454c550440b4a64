package io.github.maprace.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.maprace.plugin.analysis.StaticAnalyzer;
import io.github.maprace.plugin.analysis.StaticResult;
import io.github.maprace.plugin.analysis.TestProject;
import io.github.maprace.plugin.model.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five field rules run together on each other's inputs: every bad input is reported by its own
 * rule only, once per line it marks, and no good input is reported by any of them. One bug, one
 * finding.
 */
class FieldRulesOverlapTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "shared_unsafe_map/BadSessionServlet.java", "shared_unsafe_map/BadExecutorResults.java",
            "shared_unsafe_map/BadStaticRegistry.java", "shared_unsafe_map/BadAliasedViewRemoval.java",
            "inconsistent_locking/BadUnsynchronizedGetter.java", "inconsistent_locking/BadReadWriteLockForgottenInSize.java",
            "inconsistent_locking/BadLockObjectSkippedInLambda.java", "inconsistent_locking/BadSnapshotReaderWithoutLock.java",
            "inconsistent_locking/BadOneMethodLocksAnotherMonitor.java", "inconsistent_locking/BadSchedulerTasksSkipTheLock.java",
            "lazy_init_race/BadLazyCacheInService.java", "lazy_init_race/BadStaticLazyRegistry.java",
            "lazy_init_race/BadDoubleCheckedLocking.java",
            "non_volatile_swap/BadScheduledConfigReload.java", "non_volatile_swap/BadCopyOnWriteSnapshot.java",
            "non_volatile_swap/BadStaticFeatureFlags.java",
            "mutable_after_init/BadGetterExposesMap.java", "mutable_after_init/BadPublicConstantMap.java",
            "mutable_after_init/BadCatalogFilledByLoader.java", "mutable_after_init/BadPackagePrivateCatalog.java",
            "lazy_init_race/BadEarlyReturnSettings.java", "lazy_init_race/BadEarlyReturnDoubleCheck.java"})
    void shouldReportEachBadInputOnlyByItsOwnRuleOncePerMarkedLine(String input) {
        String rule = input.substring(0, input.indexOf('/')).toUpperCase(Locale.ROOT);
        int marked = TestProject.expectedLines(TestProject.resource("rules/" + input), rule).size();

        assertThat(findings(input)).extracting(Finding::ruleId).hasSize(marked).containsOnly(rule);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "shared_unsafe_map/GoodConcurrentSessionServlet.java", "shared_unsafe_map/GoodFilledInConstructor.java",
            "shared_unsafe_map/GoodUnsharedBuilder.java", "shared_unsafe_map/GoodThreadConfined.java",
            "shared_unsafe_map/GoodThreadLocalAndSynchronized.java",
            "inconsistent_locking/GoodEveryAccessLocked.java", "inconsistent_locking/GoodHelperCalledUnderLock.java",
            "inconsistent_locking/GoodConcurrentMapWithCompoundLock.java", "inconsistent_locking/GoodVolatileSnapshot.java",
            "inconsistent_locking/GoodSameMonitorUnderOthers.java", "inconsistent_locking/GoodReadWriteHalvesInFields.java",
            "inconsistent_locking/GoodSchedulerTasksTakeTheLock.java", "inconsistent_locking/GoodBoundedRegistry.java",
            "inconsistent_locking/GoodBoundedRegistryWithLock.java",
            "lazy_init_race/GoodVolatileDoubleCheckedLocking.java", "lazy_init_race/GoodSynchronizedLazyInit.java",
            "lazy_init_race/GoodSingleThreadedLazyInit.java", "lazy_init_race/GoodImmutableRacySingleCheck.java",
            "non_volatile_swap/GoodVolatileReload.java", "non_volatile_swap/GoodAtomicReferenceSnapshot.java",
            "non_volatile_swap/GoodPlainBeanSetter.java", "non_volatile_swap/GoodSwapUnderLock.java",
            "mutable_after_init/GoodCopyOfLookupTable.java", "mutable_after_init/GoodGetterReturnsView.java",
            "mutable_after_init/GoodWrittenLaterOrUnshared.java", "mutable_after_init/GoodEnumLookupTableOnlyRead.java",
            "mutable_after_init/GoodMimeTypeTable.java", "mutable_after_init/GoodCatalogReplacedWhole.java",
            "lazy_init_race/GoodEarlyReturnUnderLock.java"})
    void shouldReportNoGoodInputUnderAnyFieldRule(String input) {
        assertThat(findings(input)).isEmpty();
    }

    private List<Finding> findings(String input) {
        TestProject project = new TestProject(dir);
        project.writeResource("rules/" + input);
        StaticResult result = new StaticAnalyzer(List.of(new SharedUnsafeMapRule(), new InconsistentLockingRule(),
                new LazyInitRaceRule(), new NonVolatileSwapRule(), new MutableAfterInitRule()))
                .analyze(dir, List.of(dir.resolve("src/main/java")), List.of(), Set.of());
        assertThat(result.problems()).isEmpty();
        return result.findings();
    }
}
