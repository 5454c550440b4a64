package io.github.maprace.plugin;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Audits the project for thread-safety bugs around {@code java.util.Map}: runs the static
 * checklist over the sources, runs the tests as the project's own Surefire configuration runs
 * them with the happens-before race detector added (or reads the run that {@code prepare-agent}
 * instrumented), writes {@code maprace.xml},
 * {@code maprace.html} and {@code maprace.sarif}, and fails the build as configured.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class AuditMojo extends AbstractAuditMojo {
}
