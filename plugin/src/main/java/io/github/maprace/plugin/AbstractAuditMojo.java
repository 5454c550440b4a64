package io.github.maprace.plugin;

import io.github.maprace.agent.AgentOptions;
import io.github.maprace.plugin.dynamic.DynamicPass;
import io.github.maprace.plugin.dynamic.DynamicResult;
import io.github.maprace.plugin.dynamic.ExistingRun;
import io.github.maprace.plugin.dynamic.MavenBuild;
import io.github.maprace.plugin.report.ReportWriters;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of an audit and their mapping to {@link AuditSettings}, shared by the
 * {@code audit} and {@code baseline} goals. Subclasses decide what to do with the
 * {@link AuditRunner.Outcome}.
 */
public abstract class AbstractAuditMojo extends AbstractAgentMojo {
    /**
     * Fails the build when the dynamic pass finds an error: a data race, an atomicity violation, a
     * lock-order inversion or a lock upgrade. Its warnings and notes (a leaked thread) follow
     * {@code failOnSeverity}.
     */
    @Parameter(property = "maprace.failOnRace", defaultValue = "true")
    boolean failOnRace;

    /**
     * Static findings, and the dynamic pass's warnings and notes, at or above this severity fail
     * the build: {@code error}, {@code warning}, {@code note}, or {@code none} to never fail on them.
     */
    @Parameter(property = "maprace.failOnSeverity", defaultValue = "error")
    String failOnSeverity;

    /**
     * Whether {@code audit} itself fails the build on the findings {@code failOnRace} and
     * {@code failOnSeverity} select. {@code false} writes the reports (marking those findings
     * "fails the build") and leaves the decision to {@code maprace:check}, so that, e.g.,
     * {@code mvn -Dmaprace.haltOnFailure=false verify site maprace:check} publishes the site
     * before the build fails. A test run that did not complete fails the build either way.
     */
    @Parameter(property = "maprace.haltOnFailure", defaultValue = "true")
    boolean haltOnFailure = true;

    /** Runs the static checklist over the main and test sources. */
    @Parameter(property = "maprace.staticAnalysis", defaultValue = "true")
    boolean staticAnalysis;

    /**
     * Keeps the static pass's results per source file in {@code outputDirectory/cache/static.bin},
     * so that the next audit parses again only the files a change can affect: the changed ones,
     * the files that name their types, and the types those files use. The cache is keyed by the
     * plugin build, the rules and the class path jars; {@code false} (or {@code mvn clean}) makes
     * the pass start afresh.
     */
    @Parameter(property = "maprace.staticCache", defaultValue = "true")
    boolean staticCache = true;

    /**
     * Runs the tests under the race detector: the project's own Surefire executions with the agent
     * added, or the run {@code prepare-agent} instrumented.
     */
    @Parameter(property = "maprace.dynamicAnalysis", defaultValue = "true")
    boolean dynamicAnalysis;

    /**
     * Tests to run under the audit instead of Surefire's {@code includes}, in Surefire's pattern
     * forms ({@code **&#47;*Test.java}, {@code com.acme.*Test}). Empty: Surefire's own includes.
     * {@code -Dtest=...} works as with {@code mvn test}. Not used when the prepare-agent run is read.
     */
    @Parameter(property = "maprace.testIncludes")
    List<String> testIncludes = new ArrayList<>();

    /** Tests left out under the audit instead of Surefire's {@code excludes}; empty: Surefire's own. */
    @Parameter(property = "maprace.testExcludes")
    List<String> testExcludes = new ArrayList<>();

    /**
     * Seconds after which a test JVM of the audited run ends itself (the agent stops the processes
     * the tests started, names the test that hung and where, and exits); 0: no limit beyond
     * Surefire's own {@code forkedProcessTimeoutInSeconds}.
     */
    @Parameter(property = "maprace.forkTimeout", defaultValue = "0")
    long forkTimeout;

    /** Extra arguments for the audited test JVMs, appended to Surefire's {@code argLine}, e.g. {@code -Xmx1g}. */
    @Parameter(property = "maprace.jvmArgs")
    String jvmArgs;

    /**
     * The java executable of the audited test JVMs (Surefire's {@code jvm} for that run). Default:
     * Surefire's own choice (its {@code jvm}, the {@code jdk} toolchain, or Maven's JVM).
     */
    @Parameter(property = "maprace.jvm")
    File jvm;

    /** Report formats to write, comma-separated: {@code xml}, {@code html}, {@code sarif}. */
    @Parameter(property = "maprace.formats", defaultValue = "xml,html,sarif")
    String formats;

    /**
     * Whether to read the results of the test run that {@code maprace:prepare-agent} instrumented
     * (Surefire/Failsafe with the agent in {@code argLine}) instead of running the tests again:
     * {@code auto} (read it when prepare-agent ran and its race log is newer than the compiled
     * tests, else run Surefire under the audit), {@code true} (always read it; fail when there is
     * none) or {@code false} (always run Surefire under the audit).
     */
    @Parameter(property = "maprace.useExistingRun", defaultValue = "auto")
    String useExistingRun;

    /**
     * The baseline file. When it exists, findings recorded in it are still reported (SARIF
     * {@code baselineState: unchanged}) but do not fail the build; only new findings do. Matching
     * is by rule id, file and a line-independent fingerprint.
     */
    @Parameter(property = "maprace.baseline", defaultValue = "${project.basedir}/maprace-baseline.xml")
    File baseline;

    /**
     * Writes the current findings to {@code baseline} (replacing it) and does not fail the build on
     * findings. The {@code maprace:baseline} goal does the same.
     */
    @Parameter(property = "maprace.writeBaseline", defaultValue = "false")
    boolean writeBaseline;

    /** Surefire's {@code skipTests}: skips the dynamic pass, not the static one. */
    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    /** {@code maven.test.skip}: skips the dynamic pass, not the static one. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    boolean skipTestCompilation;

    @Component
    LifecycleExecutor lifecycleExecutor;

    @Component
    BuildPluginManager pluginManager;

    /** True for the {@code baseline} goal: always writes the baseline. */
    boolean forceWriteBaseline() {
        return false;
    }

    /**
     * The parameters as settings.
     *
     * @throws MojoExecutionException for bad configuration, naming the parameter
     */
    AuditSettings settings() throws MojoExecutionException {
        try {
            FailurePolicy policy = new FailurePolicy(failOnRace, failOnSeverity);
            if (history < 0) {
                throw new IllegalArgumentException("history must be 0 or a number of stack frames, not " + history);
            }
            if (forkTimeout < 0) {
                throw new IllegalArgumentException("forkTimeout must be 0 (no limit) or a number of seconds, not "
                        + forkTimeout);
            }
            String skipReason = skipTests ? "skipTests" : skipTestCompilation ? "maven.test.skip" : null;
            return new AuditSettings(policy, staticAnalysis, dynamicAnalysis, skipReason, clean(instrumentIncludes),
                    clean(instrumentExcludes), clean(testIncludes), clean(testExcludes), forkTimeout,
                    JvmArgs.split(jvmArgs), jvm == null ? null : jvm.toPath(), formats(),
                    outputDirectory.toPath(), ExistingRun.Mode.parse(useExistingRun),
                    baseline == null ? null : baseline.toPath(), writeBaseline || forceWriteBaseline(), history,
                    perturbSeed(), staticCache ? outputDirectory.toPath().resolve("cache").resolve("static.bin") : null);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("maprace: bad configuration: " + e.getMessage(), e);
        }
    }

    private java.util.Set<String> formats() {
        try {
            return ReportWriters.parseFormats(formats);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("formats: " + e.getMessage(), e);
        }
    }

    /** Runs the audit with this mojo's parameters. */
    AuditRunner.Outcome runAudit() throws MojoExecutionException {
        AuditSettings settings = settings();
        return new AuditRunner(new MavenEnvironment(), this::dynamicPass, getLog()).run(settings);
    }

    @Override
    String goal() {
        return "audit";
    }

    @Override
    void executeGoal() throws MojoExecutionException, MojoFailureException {
        if ("pom".equals(project.getPackaging())) {
            // an aggregator or parent has no sources or tests of its own: an empty report and a
            // "no compiled tests" warning would only be noise (maprace:aggregate reports the modules)
            getLog().info("maprace: " + goal() + " skipped for a pom-packaging project (no sources or tests of "
                    + "its own; maprace:aggregate merges the modules' reports)");
            return;
        }
        // said here, in verify, because the site plugin's own failure names neither cause nor fix
        SitePluginVersion.problem(project).ifPresent(p -> getLog().warn("maprace: " + p));
        AuditRunner.Outcome outcome = runAudit();
        if (haltOnFailure || forceWriteBaseline()) {
            outcome.failIfNeeded();
            return;
        }
        outcome.failIfBroken();
        if (!outcome.failing().isEmpty()) {
            getLog().warn(AuditRunner.failureMessage(outcome.failing())
                    + " - not halting (haltOnFailure=false): maprace:check decides" + outcome.where());
        }
    }

    private DynamicResult dynamicPass(AuditSettings s, SourceLocator locator) throws MojoExecutionException {
        AgentOptions options = new AgentOptions(s.agentDirectory().toAbsolutePath(), s.instrumentIncludes(),
                s.instrumentExcludes(), s.history(), s.forkTimeoutSeconds());
        if (s.perturbSeed() != null) {
            options = options.withPerturbation(s.perturbSeed());
        }
        DynamicPass.Settings settings = new DynamicPass.Settings(agentArgument(agentJar(), options),
                listenerJar(), s.outputDirectory().toAbsolutePath(), s.useExistingRun(), s.jvmArgs(),
                s.forkTimeoutSeconds(), s.jvm(), s.testIncludes(), s.testExcludes());
        return new DynamicPass(new MavenBuild(project, session, lifecycleExecutor, pluginManager), getLog())
                .run(settings, locator);
    }

    /** The build as the runner sees it. */
    final class MavenEnvironment implements AuditRunner.Environment {
        @Override
        public String projectName() {
            return project.getName() == null ? project.getArtifactId() : project.getName();
        }

        @Override
        public Path baseDir() {
            return project.getBasedir().toPath();
        }

        @Override
        public List<Path> mainSourceRoots() {
            return existing(project.getCompileSourceRoots());
        }

        @Override
        public List<Path> testSourceRoots() {
            return existing(project.getTestCompileSourceRoots());
        }

        @Override
        public List<String> testClasspath() throws MojoExecutionException {
            try {
                return new ArrayList<>(project.getTestClasspathElements());
            } catch (DependencyResolutionRequiredException e) {
                throw new MojoExecutionException("maprace: the test classpath is not resolved: " + e.getMessage(), e);
            }
        }
    }

    static List<Path> existing(List<String> roots) {
        List<Path> out = new ArrayList<>();
        for (String r : roots) {
            Path p = Path.of(r);
            if (Files.isDirectory(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
