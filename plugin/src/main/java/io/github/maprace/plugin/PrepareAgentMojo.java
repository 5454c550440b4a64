package io.github.maprace.plugin;

import io.github.maprace.agent.AgentOptions;
import io.github.maprace.agent.runtime.RaceLog;
import io.github.maprace.agent.runtime.TestLogFormat;
import io.github.maprace.plugin.dynamic.ExistingRun;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Puts the race detector into the project's own test run, the way JaCoCo's {@code prepare-agent}
 * does: sets the {@code argLine} property (or {@code propertyName}) to
 * {@code -javaagent:<maprace-agent.jar>=<options>} followed by what it held before, so Surefire
 * and Failsafe start their test JVMs with the agent. It also adds the maprace JUnit Platform
 * listener jar to {@code maven.test.additionalClasspath} so that races name their test.
 * {@code audit} in the same build then reads that run's race log instead of running the tests
 * again (see its {@code useExistingRun}).
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class PrepareAgentMojo extends AbstractAgentMojo {
    /** Surefire's and Failsafe's user property for {@code additionalClasspathElements}. */
    static final String ADDITIONAL_CLASSPATH = "maven.test.additionalClasspath";
    private static final Pattern OLD_AGENT = Pattern.compile("\"?-javaagent:[^\"\\s]*maprace-agent[^\"\\s]*\"?\\s*");

    /**
     * The property that gets the agent argument: {@code argLine} for Surefire and Failsafe, or
     * another one to pass to {@code <argLine>@{myProperty}</argLine>} yourself.
     */
    @Parameter(property = "maprace.propertyName", defaultValue = "argLine")
    String propertyName;

    /**
     * Adds the maprace JUnit Platform listener to Surefire's/Failsafe's test classpath (through the
     * {@code maven.test.additionalClasspath} property) so that each race names its test and
     * {@code audit} can count the tests. Has no effect when {@code additionalClasspathElements} is
     * configured explicitly in the pom.
     */
    @Parameter(property = "maprace.junitListener", defaultValue = "true")
    boolean junitListener;

    @Override
    String goal() {
        return "prepare-agent";
    }

    @Override
    void executeGoal() throws MojoExecutionException {
        if (propertyName == null || propertyName.isBlank()) {
            throw new MojoExecutionException("maprace: bad configuration: propertyName must not be empty");
        }
        Path agentJar = agentJar();
        Path agentDir = agentDirectory();
        AgentOptions options = agentOptions();
        try {
            Files.createDirectories(agentDir);
            // a log left by an earlier run must never be read as this run's
            Files.deleteIfExists(agentDir.resolve(RaceLog.FILE));
            Files.deleteIfExists(agentDir.resolve(TestLogFormat.FILE));
            writeMarker(agentDir.resolve(ExistingRun.MARKER), agentJar, options);
        } catch (IOException e) {
            throw new MojoExecutionException("maprace: could not prepare " + agentDir + ": " + e, e);
        }
        String value = prepend(agentArgument(agentJar, options), current(propertyName));
        set(propertyName, value);
        getLog().info("maprace: " + propertyName + " set to " + value);
        if (junitListener) {
            String jar = listenerJar().toString();
            String old = current(ADDITIONAL_CLASSPATH);
            if (old == null || !old.contains(jar)) {
                set(ADDITIONAL_CLASSPATH, old == null || old.isBlank() ? jar : old + "," + jar);
            }
            getLog().debug("maprace: " + ADDITIONAL_CLASSPATH + " += " + jar);
        }
        project.setContextValue(ExistingRun.CONTEXT_KEY, agentDir.toString());
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

    private static void writeMarker(Path marker, Path agentJar, AgentOptions options) throws IOException {
        Properties p = new Properties();
        p.setProperty("agentJar", agentJar.toString());
        p.setProperty("agentOptions", options.format());
        try (OutputStream out = Files.newOutputStream(marker)) {
            p.store(out, "maprace:prepare-agent: the tests of this project run with the agent; audit reads races.log");
        }
    }
}
