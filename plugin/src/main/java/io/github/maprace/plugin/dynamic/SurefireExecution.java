package io.github.maprace.plugin.dynamic;

import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * One {@code maven-surefire-plugin:test} execution of the project's build, as Maven planned it.
 *
 * @param executionId   e.g. {@code default-test}
 * @param version       the Surefire version
 * @param configuration its configuration, merged as Maven merges it (plugin, execution, defaults)
 */
public record SurefireExecution(String executionId, String version, Xpp3Dom configuration) {
}
