package io.github.maprace.plugin;

import io.github.maprace.agent.AgentOptions;
import io.github.maprace.agent.runtime.RaceLog;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Puts the race detector into the project's own test run, the way JaCoCo's {@code prepare-agent}
 * does: sets the {@code argLine} property (or {@code propertyName}) to
 * {@code -javaagent:<maprace-agent.jar>=<options>} followed by what it held before, so Surefire
 * and Failsafe start their test JVMs with the agent. It also adds a small JUnit Platform listener
 * jar to {@code maven.test.additionalClasspath} so that races name their test. {@code audit} in
 * the same build then reads that run's race log instead of forking a JVM of its own (see its
 * {@code useExistingRun}).
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class PrepareAgentMojo extends AbstractMojo {
    /** Key of the project context value that tells {@code audit} prepare-agent ran (the agent directory). */
    static final String CONTEXT_KEY = "io.github.maprace.prepare-agent";
    /** Surefire's and Failsafe's user property for {@code additionalClasspathElements}. */
    static final String ADDITIONAL_CLASSPATH = "maven.test.additionalClasspath";
    private static final Pattern OLD_AGENT = Pattern.compile("\"?-javaagent:[^\"\\s]*maprace-agent[^\"\\s]*\"?\\s*");

    /** Skips the goal (the property is left as it is). */
    @Parameter(property = "maprace.skip", defaultValue = "false")
    boolean skip;

    /**
     * The property that gets the agent argument: {@code argLine} for Surefire and Failsafe, or
     * another one to pass to {@code <argLine>@{myProperty}</argLine>} yourself.
     */
    @Parameter(property = "maprace.propertyName", defaultValue = "argLine")
    String propertyName;

    /** Class-name globs of the classes whose map calls are instrumented; empty: all project classes. */
    @Parameter(property = "maprace.instrumentIncludes")
    List<String> instrumentIncludes = new ArrayList<>();

    /** Class-name globs of classes never instrumented. */
    @Parameter(property = "maprace.instrumentExcludes")
    List<String> instrumentExcludes = new ArrayList<>();

    /** Stack frames kept for the previous access of a race; 0 keeps none. */
    @Parameter(property = "maprace.history", defaultValue = "32")
    int history = 32;

    /** Where the reports go; the agent writes to its {@code agent} subdirectory. */
    @Parameter(property = "maprace.outputDirectory", defaultValue = "${project.build.directory}/maprace")
    File outputDirectory;

    /**
     * Adds the maprace JUnit Platform listener to Surefire's/Failsafe's test classpath (through the
     * {@code maven.test.additionalClasspath} property) so that each race names its test and
     * {@code audit} can count the tests. Has no effect when {@code additionalClasspathElements} is
     * configured explicitly in the pom.
     */
    @Parameter(property = "maprace.junitListener", defaultValue = "true")
    boolean junitListener;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    Map<String, Artifact> pluginArtifacts;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("maprace: prepare-agent skipped (maprace.skip)");
            return;
        }
        if (propertyName == null || propertyName.isBlank()) {
            throw new MojoExecutionException("maprace: bad configuration: propertyName must not be empty");
        }
        Path agentJar = AbstractAuditMojo.agentJar(pluginArtifacts);
        Path agentDir = outputDirectory.toPath().resolve("agent").toAbsolutePath();
        AgentOptions options = new AgentOptions(agentDir, clean(instrumentIncludes), clean(instrumentExcludes), history);
        try {
            Files.createDirectories(agentDir);
            // a log left by an earlier run must never be read as this run's
            Files.deleteIfExists(agentDir.resolve(RaceLog.FILE));
            Files.deleteIfExists(agentDir.resolve(ExistingRun.TESTS_LOG));
            if (junitListener) {
                ListenerJar.write(agentDir.resolve(ListenerJar.FILE_NAME), agentDir);
            }
            writeMarker(agentDir.resolve(ExistingRun.MARKER), agentJar, options);
        } catch (IOException e) {
            throw new MojoExecutionException("maprace: could not prepare " + agentDir + ": " + e, e);
        }
        String value = prepend(agentArgument(agentJar, options), current(propertyName));
        set(propertyName, value);
        getLog().info("maprace: " + propertyName + " set to " + value);
        if (junitListener) {
            String jar = agentDir.resolve(ListenerJar.FILE_NAME).toString();
            String old = current(ADDITIONAL_CLASSPATH);
            if (old == null || !old.contains(jar)) {
                set(ADDITIONAL_CLASSPATH, old == null || old.isBlank() ? jar : old + "," + jar);
            }
            getLog().debug("maprace: " + ADDITIONAL_CLASSPATH + " += " + jar);
        }
        project.setContextValue(CONTEXT_KEY, agentDir.toString());
    }

    /** {@code -javaagent:<jar>=<options>}, quoted when the jar path has a blank. */
    static String agentArgument(Path agentJar, AgentOptions options) {
        String arg = "-javaagent:" + agentJar + "=" + options.format();
        return arg.contains(" ") ? '"' + arg + '"' : arg;
    }

    /** The agent argument in front of {@code old}, with any maprace agent {@code old} had removed. */
    static String prepend(String agentArgument, String old) {
        String rest = old == null ? "" : OLD_AGENT.matcher(old).replaceAll("").trim();
        return rest.isEmpty() ? agentArgument : agentArgument + " " + rest;
    }

    /** A user property ({@code -D}) wins over the project's, as in Maven's own expression evaluation. */
    private String current(String name) {
        String user = session == null ? null : session.getUserProperties().getProperty(name);
        return user != null ? user : project.getProperties().getProperty(name);
    }

    private void set(String name, String value) {
        project.getProperties().setProperty(name, value);
        if (session != null && session.getUserProperties().getProperty(name) != null) {
            session.getUserProperties().setProperty(name, value);
        }
    }

    private static List<String> clean(List<String> l) {
        return l == null ? List.of() : l.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    private static void writeMarker(Path marker, Path agentJar, AgentOptions options) throws IOException {
        Properties p = new Properties();
        p.setProperty("agentJar", agentJar.toString());
        p.setProperty("agentOptions", options.format());
        try (OutputStream out = Files.newOutputStream(marker)) {
            p.store(out, "maprace:prepare-agent: the tests of this project run with the agent; audit reads races.log");
        }
    }
}
