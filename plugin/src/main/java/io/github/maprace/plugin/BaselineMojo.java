package io.github.maprace.plugin;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the audit and writes its findings to the baseline file ({@code maprace.baseline}, default
 * {@code maprace-baseline.xml} in the project directory), so that later audits fail only on new
 * findings. Same as {@code audit} with {@code -Dmaprace.writeBaseline=true}: it does not fail the
 * build on findings, only when the test run itself breaks. Run it on a compiled project:
 * {@code mvn test-compile maprace:baseline}.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class BaselineMojo extends AbstractAuditMojo {
    @Override
    String goal() {
        return "baseline";
    }

    @Override
    boolean forceWriteBaseline() {
        return true;
    }
}
