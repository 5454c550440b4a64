package io.github.maprace.agent;

import java.lang.instrument.Instrumentation;

/**
 * The {@code -javaagent} entry point. Kept tiny on purpose: the JVM loads this class before the
 * bootstrap runtime is in place, so everything else happens in {@link AgentInstaller}.
 */
public final class Agent {
    private Agent() {
    }

    /**
     * Installs the race detector.
     *
     * @param arguments the options string written by {@link AgentOptions#format()}
     * @param instrumentation the JVM's instrumentation service
     */
    public static void premain(String arguments, Instrumentation instrumentation) {
        AgentInstaller.install(AgentOptions.parse(arguments), instrumentation);
    }
}
