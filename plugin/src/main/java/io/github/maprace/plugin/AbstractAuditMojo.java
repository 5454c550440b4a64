package io.github.maprace.plugin;

import io.github.maprace.plugin.dynamic.JUnitPlatformClasspath;
import io.github.maprace.plugin.dynamic.LauncherResolver;
import io.github.maprace.plugin.report.ReportWriters;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The parameters of an audit and their mapping to {@link AuditSettings}, shared by the
 * {@code audit} and {@code baseline} goals. Subclasses decide what to do with the
 * {@link AuditRunner.Outcome}.
 */
public abstract class AbstractAuditMojo extends AbstractMojo {
    static final String AGENT_KEY = "io.github.maprace:maprace-agent";

    /** Skips the whole audit. */
    @Parameter(property = "maprace.skip", defaultValue = "false")
    boolean skip;

    /** Fails the build when the dynamic pass finds a data race or an atomicity violation. */
    @Parameter(property = "maprace.failOnRace", defaultValue = "true")
    boolean failOnRace;

    /**
     * Static findings at or above this severity fail the build: {@code error}, {@code warning},
     * {@code note}, or {@code none} to never fail on static findings.
     */
    @Parameter(property = "maprace.failOnSeverity", defaultValue = "error")
    String failOnSeverity;

    /** Runs the static checklist over the main and test sources. */
    @Parameter(property = "maprace.staticAnalysis", defaultValue = "true")
    boolean staticAnalysis;

    /** Runs the tests under the race detector (in a forked JVM, or reads the prepare-agent run). */
    @Parameter(property = "maprace.dynamicAnalysis", defaultValue = "true")
    boolean dynamicAnalysis;

    /**
     * Class-name globs of the classes whose map calls are instrumented (e.g. {@code com.acme.*}).
     * Empty: every class outside the JDK, build and test tooling.
     */
    @Parameter(property = "maprace.instrumentIncludes")
    List<String> instrumentIncludes = new ArrayList<>();

    /** Class-name globs of classes never instrumented (e.g. {@code com.acme.generated.*}). */
    @Parameter(property = "maprace.instrumentExcludes")
    List<String> instrumentExcludes = new ArrayList<>();

    /**
     * Tests to run, as Surefire-style patterns ({@code **&#47;*Test.java}) or class-name globs
     * ({@code com.acme.*Test}). Empty: Surefire's defaults ({@code Test*}, {@code *Test},
     * {@code *Tests}, {@code *TestCase}). Not used when the prepare-agent run is read.
     */
    @Parameter(property = "maprace.testIncludes")
    List<String> testIncludes = new ArrayList<>();

    /** Tests not to run, in the same pattern forms as {@code testIncludes}. */
    @Parameter(property = "maprace.testExcludes")
    List<String> testExcludes = new ArrayList<>();

    /** Seconds after which the forked test JVM is killed; 0 means no limit. */
    @Parameter(property = "maprace.forkTimeout", defaultValue = "900")
    long forkTimeout;

    /**
     * Stack frames kept for the previous access of a race (the stack that call site had the first
     * time it ran on that thread, like ThreadSanitizer's history); 0 keeps none and saves one
     * stack walk per call site and thread.
     */
    @Parameter(property = "maprace.history", defaultValue = "32")
    int history;

    /** Extra arguments for the forked test JVM, e.g. {@code -Xmx1g -Dfoo=bar}. */
    @Parameter(property = "maprace.jvmArgs")
    String jvmArgs;

    /**
     * The java executable of the forked test JVM. Default: the {@code jdk} toolchain when
     * maven-toolchains-plugin selected one, else the JVM running Maven.
     */
    @Parameter(property = "maprace.jvm")
    File jvm;

    /** Report formats to write, comma-separated: {@code xml}, {@code html}, {@code sarif}. */
    @Parameter(property = "maprace.formats", defaultValue = "xml,html,sarif")
    String formats;

    /** Where the reports go. */
    @Parameter(property = "maprace.outputDirectory", defaultValue = "${project.build.directory}/maprace")
    File outputDirectory;

    /**
     * Whether to read the results of the test run that {@code maprace:prepare-agent} instrumented
     * (Surefire/Failsafe with the agent in {@code argLine}) instead of forking a test JVM:
     * {@code auto} (read it when prepare-agent ran and its race log is newer than the compiled
     * tests, else fork), {@code true} (always read it; fail when there is none) or {@code false}
     * (always fork).
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

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    Map<String, Artifact> pluginArtifacts;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    List<RemoteRepository> remoteRepositories;

    @Component
    RepositorySystem repositorySystem;

    @Component
    ToolchainManager toolchainManager;

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
            return new AuditSettings(policy, staticAnalysis, dynamicAnalysis, skipReason, orEmpty(instrumentIncludes),
                    orEmpty(instrumentExcludes), orEmpty(testIncludes), orEmpty(testExcludes), forkTimeout,
                    JvmArgs.split(jvmArgs), jvm == null ? null : jvm.toPath(), formats(),
                    outputDirectory.toPath(), ExistingRun.Mode.parse(useExistingRun),
                    baseline == null ? null : baseline.toPath(), writeBaseline || forceWriteBaseline(), history);
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

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    /** Runs the audit with this mojo's parameters; null when skipped. */
    AuditRunner.Outcome runAudit() throws MojoExecutionException {
        if (skip) {
            getLog().info("maprace: skipped (maprace.skip)");
            return null;
        }
        AuditSettings settings = settings();
        return new AuditRunner(new MavenEnvironment(), AuditRunner.forkedRun(), getLog()).run(settings);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        AuditRunner.Outcome outcome = runAudit();
        if (outcome != null) {
            outcome.failIfNeeded();
        }
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

        @Override
        public Path testClassesDirectory() {
            return Path.of(project.getBuild().getTestOutputDirectory());
        }

        @Override
        public JUnitPlatformClasspath.Needs junitPlatform() {
            return JUnitPlatformClasspath.inspect(project.getArtifacts());
        }

        @Override
        public Path launcherJar(String version) throws MojoExecutionException {
            try {
                return new LauncherResolver(repositorySystem, repositorySession, remoteRepositories).resolve(version);
            } catch (ArtifactResolutionException e) {
                throw new MojoExecutionException("maprace: could not resolve org.junit.platform:junit-platform-launcher:"
                        + version + " to match the project's JUnit Platform: " + e.getMessage(), e);
            }
        }

        @Override
        public Path agentJar() throws MojoExecutionException {
            return AbstractAuditMojo.agentJar(pluginArtifacts);
        }

        @Override
        public Path javaExecutable(Path jvmParameter) throws MojoExecutionException {
            String toolchainJava = null;
            if (jvmParameter == null && toolchainManager != null && session != null) {
                Toolchain tc = toolchainManager.getToolchainFromBuildContext("jdk", session);
                toolchainJava = tc == null ? null : tc.findTool("java");
            }
            JavaExecutables.Choice choice = JavaExecutables.choose(jvmParameter, toolchainJava,
                    System.getProperty("java.home"), System.getProperty("os.name", "").startsWith("Windows"));
            if (!Files.isRegularFile(choice.java())) {
                throw new MojoExecutionException("maprace: jvm '" + choice.java() + "' (" + choice.source()
                        + ") is not a file (give the path of a java executable)");
            }
            getLog().debug("maprace: test JVM " + choice.java() + " (" + choice.source() + ")");
            if (!"Maven's JVM".equals(choice.source())) {
                getLog().info("maprace: test JVM " + choice.java() + " (" + choice.source() + ")");
            }
            return choice.java();
        }

        @Override
        public boolean preparedThisBuild() {
            return project.getContextValue(PrepareAgentMojo.CONTEXT_KEY) != null;
        }

        @Override
        public long buildStartMillis() {
            Date start = session == null || session.getRequest() == null ? null : session.getRequest().getStartTime();
            return start == null ? 0 : start.getTime();
        }
    }

    /** The agent jar among the plugin's dependencies. */
    static Path agentJar(Map<String, Artifact> pluginArtifacts) throws MojoExecutionException {
        Artifact agent = pluginArtifacts.get(AGENT_KEY);
        if (agent == null || agent.getFile() == null) {
            throw new MojoExecutionException("maprace: the maprace-agent artifact is missing from the plugin's "
                    + "dependencies");
        }
        return agent.getFile().toPath();
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
