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

    /**
     * Makes rare check-then-act interleavings happen: the agent briefly delays a thread between
     * its check of a key ({@code get}, {@code containsKey}) and its act ({@code put},
     * {@code remove}) on a concurrent or synchronized map another thread uses, so that the other
     * thread's write lands in the window and the atomicity violation is reported in this run, not
     * in one of ten. Budgets keep the cost bounded (a few 2-10 ms delays per call site and test, at
     * most 250 ms per test and 30 s per test JVM). Off by default; meant for a release audit.
     */
    @Parameter(property = "maprace.perturb", defaultValue = "false")
    boolean perturb;

    /**
     * The seed every perturbation delay decision is derived from (with the call site and how often
     * it ran in the test). Default: one derived from the project's {@code groupId:artifactId}, so
     * repeated audits of a project decide alike; the report prints the seed a run used. Only used
     * with {@code perturb}.
     */
    @Parameter(property = "maprace.seed")
    Long seed;

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
        AgentOptions options = new AgentOptions(agentDirectory(), clean(instrumentIncludes),
                clean(instrumentExcludes), history);
        Long perturbSeed = perturbSeed();
        return perturbSeed == null ? options : options.withPerturbation(perturbSeed);
    }

    /** The perturbation seed when {@code perturb} is on (the project's default seed unless set), else null. */
    Long perturbSeed() {
        if (!perturb) {
            if (seed != null) {
                getLog().warn("maprace: maprace.seed=" + seed + " has no effect without maprace.perturb=true");
            }
            return null;
        }
        return seed != null ? seed : defaultSeed(project.getGroupId() + ":" + project.getArtifactId());
    }

    /** A seed that is the same for every audit of a project: {@code String.hashCode} of its coordinates. */
    static long defaultSeed(String coordinates) {
        return Integer.toUnsignedLong(coordinates.hashCode());
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
