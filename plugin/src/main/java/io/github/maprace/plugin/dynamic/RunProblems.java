package io.github.maprace.plugin.dynamic;

import java.util.List;

/**
 * The problem lines a test run under the agent leaves, whichever way it ran (the audit's own
 * Surefire run or the one {@code prepare-agent} instrumented), and the detector's memory line.
 */
final class RunProblems {
    private RunProblems() {
    }

    /** One line per failed test, {@code Class#method: cause} cut at its first line. */
    static void testFailures(List<String> failures, List<String> problems) {
        for (String failure : failures) {
            problems.add("Test failed under the agent: " + RunDiagnosis.firstLine(failure));
        }
    }

    /** The agent's own errors, if it counted any. */
    static void agentErrors(RaceLogReader.AgentStatus agent, List<String> problems) {
        if (agent.errors() > 0) {
            problems.add("The agent counted " + agent.errors() + " internal error(s) (the tests were not "
                    + "affected): " + agent.firstErrors());
        }
    }

    /** The perturbation seed the agent logged, or null. */
    static Long seedOf(RaceLogReader.AgentStatus agent) {
        return agent.perturbation() == null ? null : agent.perturbation().seed();
    }

    /** Logs what the agent retained and, for a perturbed run, the delays it made. */
    static void logAgent(RaceLogReader.AgentStatus agent, org.apache.maven.plugin.logging.Log log) {
        for (String line : new String[] {memoryLine(agent), perturbationLine(agent)}) {
            if (line != null) {
                log.info(line);
            }
        }
    }

    /** The build-log line on the delays the perturbation made, or null when the run was not perturbed. */
    static String perturbationLine(RaceLogReader.AgentStatus agent) {
        return agent.perturbation() == null ? null : "maprace: " + agent.perturbation().describe();
    }

    /** The build-log line on what the detector retained, or null when no test JVM said. */
    static String memoryLine(RaceLogReader.AgentStatus agent) {
        return agent.memory() == null ? null
                : "maprace: detector memory (the test JVM that kept most): " + agent.memory().describe();
    }
}
