package io.github.maprace.plugin;

import io.github.maprace.plugin.analysis.StaticAnalyzer;
import io.github.maprace.plugin.analysis.StaticResult;
import io.github.maprace.plugin.dynamic.DynamicPass;
import io.github.maprace.plugin.dynamic.DynamicResult;
import io.github.maprace.plugin.dynamic.JUnitPlatformClasspath;
import io.github.maprace.plugin.dynamic.LauncherResolver;
import io.github.maprace.plugin.model.AuditReport;
import io.github.maprace.plugin.model.Finding;
import io.github.maprace.plugin.model.TestRunSummary;
import io.github.maprace.plugin.report.ConsoleSummary;
import io.github.maprace.plugin.report.ReportWriters;
import io.github.maprace.plugin.rules.RuleCatalog;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Audits the project for thread-safety bugs around {@code java.util.Map}: runs the static
 * checklist over the sources, runs the tests in a forked JVM under the happens-before race
 * detector, writes {@code maprace.xml}, {@code maprace.html} and {@code maprace.sarif}, and fails
 * the build as configured.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class AuditMojo extends AbstractMojo {
    private static final String AGENT_KEY = "io.github.maprace:maprace-agent";
    private static final int CONSOLE_FINDINGS = 5;
    private static final int CONSOLE_FRAMES = 8;

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

    /** Runs the tests in a forked JVM under the race detector. */
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
     * {@code *Tests}, {@code *TestCase}).
     */
    @Parameter(property = "maprace.testIncludes")
    List<String> testIncludes = new ArrayList<>();

    /** Tests not to run, in the same pattern forms as {@code testIncludes}. */
    @Parameter(property = "maprace.testExcludes")
    List<String> testExcludes = new ArrayList<>();

    /** Seconds after which the forked test JVM is killed; 0 means no limit. */
    @Parameter(property = "maprace.forkTimeout", defaultValue = "900")
    long forkTimeout;

    /** Extra arguments for the forked test JVM, e.g. {@code -Xmx1g -Dfoo=bar}. */
    @Parameter(property = "maprace.jvmArgs")
    String jvmArgs;

    /** The java executable of the test JVM; default: the JVM running Maven. */
    @Parameter(property = "maprace.jvm")
    File jvm;

    /** Report formats to write, comma-separated: {@code xml}, {@code html}, {@code sarif}. */
    @Parameter(property = "maprace.formats", defaultValue = "xml,html,sarif")
    String formats;

    /** Where the reports go. */
    @Parameter(property = "maprace.outputDirectory", defaultValue = "${project.build.directory}/maprace")
    File outputDirectory;

    /** Surefire's {@code skipTests}: skips the dynamic pass, not the static one. */
    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    /** {@code maven.test.skip}: skips the dynamic pass, not the static one. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    boolean skipTestCompilation;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    Map<String, Artifact> pluginArtifacts;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    List<RemoteRepository> remoteRepositories;

    @Component
    RepositorySystem repositorySystem;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("maprace: skipped (maprace.skip)");
            return;
        }
        FailurePolicy policy;
        Set<String> formatSet;
        try {
            policy = new FailurePolicy(failOnRace, failOnSeverity);
            formatSet = ReportWriters.parseFormats(formats);
            if (forkTimeout < 0) {
                throw new IllegalArgumentException("forkTimeout must be 0 (no limit) or a number of seconds, not "
                        + forkTimeout);
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("maprace: bad configuration: " + e.getMessage(), e);
        }
        Path baseDir = project.getBasedir().toPath();
        Path out = outputDirectory.toPath();
        List<Path> mainRoots = existing(project.getCompileSourceRoots());
        List<Path> testRoots = existing(project.getTestCompileSourceRoots());
        List<Path> allRoots = new ArrayList<>(mainRoots);
        allRoots.addAll(testRoots);
        SourceLocator locator = new SourceLocator(baseDir, allRoots);
        List<String> problems = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();

        if (staticAnalysis) {
            StaticResult result = new StaticAnalyzer().analyze(baseDir, allRoots, testClasspath(), Set.of());
            findings.addAll(result.findings());
            problems.addAll(result.problems());
            getLog().debug("maprace: static pass analysed " + result.filesAnalysed() + " files");
        }
        DynamicResult dynamic = dynamicPass(locator, out);
        findings.addAll(dynamic.findings());
        problems.addAll(dynamic.problems());

        String name = project.getName() == null ? project.getArtifactId() : project.getName();
        AuditReport report = new AuditReport(name, findings, RuleCatalog.all(), dynamic.tests(), problems);
        List<Path> written = writeReports(report, out, formatSet, baseDir);
        List<String> console = new ConsoleSummary(CONSOLE_FINDINGS, CONSOLE_FRAMES).lines(report);
        for (String p : problems) {
            getLog().warn("maprace: " + p);
        }
        List<Finding> failing = policy.failing(report);
        for (int i = 1; i < console.size(); i++) {
            if (failing.isEmpty()) {
                getLog().info(console.get(i));
            } else {
                getLog().error(console.get(i));
            }
        }
        Optional<Path> html = written.stream().filter(p -> p.toString().endsWith(".html")).findFirst();
        String where = html.map(p -> "; report: " + p).orElse(written.isEmpty() ? "" : "; report: " + written.get(0));
        getLog().info(console.get(0));
        if (!written.isEmpty()) {
            getLog().info("maprace: reports written to " + out + (html.isPresent() ? " (open " + html.get() + ")" : ""));
        }
        if (dynamic.broken()) {
            throw new MojoExecutionException("maprace: the race-detecting test run did not complete: "
                    + dynamic.problems().get(0) + where);
        }
        if (!failing.isEmpty()) {
            throw new MojoFailureException("maprace: " + failing.size() + " finding(s) fail the build ("
                    + describe(failing.get(0)) + (failing.size() > 1 ? ", ..." : "") + ")" + where);
        }
    }

    private static String describe(Finding f) {
        return f.ruleId() + " at " + f.location().uri() + ":" + f.location().line();
    }

    private List<Path> writeReports(AuditReport report, Path out, Set<String> formatSet, Path baseDir)
            throws MojoExecutionException {
        try {
            return ReportWriters.write(report, out, formatSet, baseDir);
        } catch (IOException e) {
            throw new MojoExecutionException("maprace: could not write the reports to " + out + ": " + e, e);
        }
    }

    private DynamicResult dynamicPass(SourceLocator locator, Path out) throws MojoExecutionException {
        if (!dynamicAnalysis) {
            return DynamicResult.skipped(null);
        }
        if (skipTests || skipTestCompilation) {
            getLog().info("maprace: dynamic pass skipped (" + (skipTests ? "skipTests" : "maven.test.skip") + ")");
            return DynamicResult.skipped(null);
        }
        Path testClasses = Path.of(project.getBuild().getTestOutputDirectory());
        if (!Files.isDirectory(testClasses)) {
            String why = "Dynamic pass skipped: no compiled tests in " + testClasses
                    + " (run 'mvn test-compile maprace:audit' or bind the goal to verify).";
            return DynamicResult.skipped(why);
        }
        JUnitPlatformClasspath.Needs needs = JUnitPlatformClasspath.inspect(project.getArtifacts());
        if (needs.noPlatform()) {
            return DynamicResult.skipped("Dynamic pass skipped: no JUnit Platform test engine on the test classpath "
                    + "(add org.junit.jupiter:junit-jupiter, or org.junit.vintage:junit-vintage-engine for JUnit 4 "
                    + "tests).");
        }
        List<String> classpath = new ArrayList<>(testClasspath());
        Optional<String> launcherVersion = needs.launcherToAdd();
        if (launcherVersion.isPresent()) {
            try {
                classpath.add(new LauncherResolver(repositorySystem, repositorySession, remoteRepositories)
                        .resolve(launcherVersion.get()).toString());
            } catch (ArtifactResolutionException e) {
                throw new MojoExecutionException("maprace: could not resolve org.junit.platform:junit-platform-launcher:"
                        + launcherVersion.get() + " to match the project's JUnit Platform: " + e.getMessage(), e);
            }
        }
        Artifact agent = pluginArtifacts.get(AGENT_KEY);
        if (agent == null || agent.getFile() == null) {
            throw new MojoExecutionException("maprace: the maprace-agent artifact is missing from the plugin's "
                    + "dependencies");
        }
        DynamicPass.Settings settings = new DynamicPass.Settings(javaExecutable(), agent.getFile().toPath(), classpath,
                testClasses, project.getBasedir().toPath(), out, instrumentIncludes, instrumentExcludes, testIncludes,
                testExcludes, JvmArgs.split(jvmArgs), forkTimeout);
        try {
            getLog().info("maprace: running tests under the race detector");
            return new DynamicPass(locator).run(settings);
        } catch (IOException e) {
            return new DynamicResult(List.of(), TestRunSummary.NOT_RUN,
                    List.of("Could not start the test JVM: " + e.getMessage()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("maprace: interrupted while the test JVM ran", e);
        }
    }

    private Path javaExecutable() throws MojoExecutionException {
        if (jvm != null) {
            if (!jvm.isFile()) {
                throw new MojoExecutionException("maprace: jvm '" + jvm + "' is not a file (give the path of a java "
                        + "executable)");
            }
            return jvm.toPath();
        }
        String exe = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        return Path.of(System.getProperty("java.home"), "bin", exe);
    }

    private List<String> testClasspath() throws MojoExecutionException {
        try {
            return new ArrayList<>(project.getTestClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("maprace: the test classpath is not resolved: " + e.getMessage(), e);
        }
    }

    private static List<Path> existing(List<String> roots) {
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
