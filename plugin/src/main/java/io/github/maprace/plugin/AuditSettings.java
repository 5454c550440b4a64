package io.github.maprace.plugin;

import io.github.maprace.plugin.dynamic.ExistingRun;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What one audit does, as plain values: the mojo parameters after validation. The audit, baseline
 * goals build one with {@link AbstractAuditMojo#settings()} and hand it to {@link AuditRunner}.
 *
 * @param policy             when findings fail the build
 * @param staticAnalysis     run the Spoon checklist
 * @param dynamicAnalysis    run the tests under the race detector
 * @param dynamicSkipReason  why the dynamic pass is skipped by the build ({@code skipTests},
 *                           {@code maven.test.skip}), or {@code null}
 * @param instrumentIncludes class-name globs to instrument
 * @param instrumentExcludes class-name globs not to instrument
 * @param testIncludes       test patterns
 * @param testExcludes       test patterns left out
 * @param forkTimeoutSeconds kill the test JVM after this long; 0: no limit
 * @param jvmArgs            extra arguments of the test JVM, already split
 * @param jvm                explicit java executable of the test JVM, or {@code null}
 * @param formats            report formats to write
 * @param outputDirectory    where reports and agent logs go
 * @param useExistingRun     whether to read a Surefire/Failsafe run under {@code prepare-agent}
 *                           instead of forking
 * @param baseline           the baseline file (used when it exists), or {@code null}
 * @param writeBaseline      write the current findings to {@code baseline} instead of failing
 * @param history            stack frames kept for a race's previous access
 * @param perturbSeed        the seed of the agent's check-then-act delays, or {@code null} for an
 *                           unperturbed run
 * @param staticCache        the static pass's cache file, or {@code null} to analyse every file
 */
public record AuditSettings(FailurePolicy policy, boolean staticAnalysis, boolean dynamicAnalysis,
                            String dynamicSkipReason, List<String> instrumentIncludes,
                            List<String> instrumentExcludes, List<String> testIncludes, List<String> testExcludes,
                            long forkTimeoutSeconds, List<String> jvmArgs, Path jvm, Set<String> formats,
                            Path outputDirectory, ExistingRun.Mode useExistingRun, Path baseline,
                            boolean writeBaseline, int history, Long perturbSeed, Path staticCache) {
    /** Settings with the default history depth, no perturbation and no static cache. */
    public AuditSettings(FailurePolicy policy, boolean staticAnalysis, boolean dynamicAnalysis,
                         String dynamicSkipReason, List<String> instrumentIncludes,
                         List<String> instrumentExcludes, List<String> testIncludes, List<String> testExcludes,
                         long forkTimeoutSeconds, List<String> jvmArgs, Path jvm, Set<String> formats,
                         Path outputDirectory, ExistingRun.Mode useExistingRun, Path baseline,
                         boolean writeBaseline) {
        this(policy, staticAnalysis, dynamicAnalysis, dynamicSkipReason, instrumentIncludes, instrumentExcludes,
                testIncludes, testExcludes, forkTimeoutSeconds, jvmArgs, jvm, formats, outputDirectory,
                useExistingRun, baseline, writeBaseline, io.github.maprace.agent.AgentOptions.DEFAULT_HISTORY, null, null);
    }

    public AuditSettings {
        instrumentIncludes = List.copyOf(instrumentIncludes);
        instrumentExcludes = List.copyOf(instrumentExcludes);
        testIncludes = List.copyOf(testIncludes);
        testExcludes = List.copyOf(testExcludes);
        jvmArgs = List.copyOf(jvmArgs);
        formats = Set.copyOf(formats);
    }

    /** The directory the agent writes {@code races.log} (and the listener {@code tests.log}) to. */
    public Path agentDirectory() {
        return outputDirectory.resolve("agent");
    }
}
