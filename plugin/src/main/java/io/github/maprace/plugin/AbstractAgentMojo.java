package io.github.maprace.plugin;

import io.github.maprace.agent.AgentOptions;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The goals that put the agent into a test JVM ({@code prepare-agent}, {@code audit},
 * {@code baseline}): what the agent instruments, how much history it keeps, and where its jars are.
 */
public abstract class AbstractAgentMojo extends AbstractMapraceMojo {
    static final String AGENT_GROUP = "io.github.maprace";
    static final String AGENT_ARTIFACT = "maprace-agent";
    static final String LISTENER_CLASSIFIER = "junit-listener";

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
     * Stack frames kept for the previous access of a race (the stack that call site had the first
     * time it ran on that thread, like ThreadSanitizer's history); 0 keeps none and saves one
     * stack walk per call site and thread.
     */
    @Parameter(property = "maprace.history", defaultValue = "32")
    int history = AgentOptions.DEFAULT_HISTORY;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    List<Artifact> pluginArtifacts;

    /** Where the agent writes {@code races.log} and the listener {@code tests.log}. */
    Path agentDirectory() {
        return outputDirectory.toPath().resolve("agent").toAbsolutePath();
    }

    /** The agent's options for this goal. */
    AgentOptions agentOptions() throws MojoExecutionException {
        if (history < 0) {
            throw new MojoExecutionException("maprace: bad configuration: history must be 0 or a number of stack "
                    + "frames, not " + history);
        }
        return new AgentOptions(agentDirectory(), clean(instrumentIncludes), clean(instrumentExcludes), history);
    }

    /** The maprace agent jar. */
    Path agentJar() throws MojoExecutionException {
        return pluginJar(pluginArtifacts, "");
    }

    /** The jar with the JUnit Platform listener that names each test for the agent. */
    Path listenerJar() throws MojoExecutionException {
        return pluginJar(pluginArtifacts, LISTENER_CLASSIFIER);
    }

    /** {@code -javaagent:<jar>=<options>}, quoted when the jar path has a blank. */
    static String agentArgument(Path agentJar, AgentOptions options) {
        String arg = "-javaagent:" + agentJar + "=" + options.format();
        return arg.contains(" ") ? '"' + arg + '"' : arg;
    }

    /** The agent artifact with {@code classifier} (empty: the agent itself) among the plugin's dependencies. */
    static Path pluginJar(List<Artifact> artifacts, String classifier) throws MojoExecutionException {
        for (Artifact a : artifacts == null ? List.<Artifact>of() : artifacts) {
            String c = a.getClassifier() == null ? "" : a.getClassifier();
            if (AGENT_GROUP.equals(a.getGroupId()) && AGENT_ARTIFACT.equals(a.getArtifactId()) && c.equals(classifier)
                    && a.getFile() != null) {
                return a.getFile().toPath();
            }
        }
        throw new MojoExecutionException("maprace: the " + AGENT_ARTIFACT + (classifier.isEmpty() ? "" : " " + classifier)
                + " artifact is missing from the plugin's dependencies");
    }

    static List<String> clean(List<String> l) {
        return l == null ? List.of() : l.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
    }
}
