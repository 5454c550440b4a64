package io.github.maprace.plugin.dynamic;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginConfigurationException;
import org.apache.maven.plugin.PluginExecutionException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.PluginManagerException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Maven side of the dynamic pass: asks Maven's lifecycle which Surefire {@code test}
 * executions the project's build has (with their configuration merged exactly as for
 * {@code mvn test}: plugin management, profiles, execution configuration, parameter defaults) and
 * runs one through Maven's own {@link BuildPluginManager}, as the build itself would.
 */
public final class MavenBuild implements DynamicPass.Build {
    static final String SUREFIRE_GROUP = "org.apache.maven.plugins";
    static final String SUREFIRE_ARTIFACT = "maven-surefire-plugin";

    private final MavenProject project;
    private final MavenSession session;
    private final LifecycleExecutor lifecycle;
    private final BuildPluginManager plugins;
    private final Map<SurefireExecution, MojoExecution> planned = new IdentityHashMap<>();

    public MavenBuild(MavenProject project, MavenSession session, LifecycleExecutor lifecycle,
                      BuildPluginManager plugins) {
        this.project = project;
        this.session = session;
        this.lifecycle = lifecycle;
        this.plugins = plugins;
    }

    @Override
    public String packaging() {
        return project.getPackaging();
    }

    @Override
    public Path baseDir() {
        return project.getBasedir().toPath();
    }

    @Override
    public Path testClassesDirectory() {
        return Path.of(project.getBuild().getTestOutputDirectory());
    }

    @Override
    public boolean preparedThisBuild() {
        return project.getContextValue(ExistingRun.CONTEXT_KEY) != null;
    }

    @Override
    public long buildStartMillis() {
        Date start = session == null || session.getRequest() == null ? null : session.getRequest().getStartTime();
        return start == null ? 0 : start.getTime();
    }

    @Override
    public String parallelModuleName() {
        return session.isParallel() ? project.getArtifactId() : "";
    }

    @Override
    public List<SurefireExecution> surefireExecutions() throws MojoExecutionException {
        MavenExecutionPlan plan;
        MavenProject current = session.getCurrentProject();
        try {
            session.setCurrentProject(project);
            plan = lifecycle.calculateExecutionPlan(session, "test");
        } catch (Exception e) {
            throw new MojoExecutionException("maprace: could not work out the project's Surefire executions "
                    + "(the test phase of its build): " + e.getMessage(), e);
        } finally {
            session.setCurrentProject(current);
        }
        List<SurefireExecution> out = new ArrayList<>();
        for (MojoExecution m : plan.getMojoExecutions()) {
            if (SUREFIRE_GROUP.equals(m.getGroupId()) && SUREFIRE_ARTIFACT.equals(m.getArtifactId())
                    && "test".equals(m.getGoal())) {
                SurefireExecution e = new SurefireExecution(m.getExecutionId(), m.getVersion(),
                        m.getConfiguration() == null ? null : new Xpp3Dom(m.getConfiguration()));
                planned.put(e, m);
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public String evaluate(SurefireExecution execution, String expression) {
        try {
            Object v = new PluginParameterExpressionEvaluator(session, planned.get(execution)).evaluate(expression);
            return v == null ? null : String.valueOf(v);
        } catch (ExpressionEvaluationException e) {
            return expression;
        }
    }

    @Override
    public void execute(SurefireExecution execution, Xpp3Dom configuration)
            throws MojoExecutionException, MojoFailureException {
        MojoExecution planned = this.planned.get(execution);
        MojoExecution run = new MojoExecution(planned.getMojoDescriptor(), planned.getExecutionId(),
                MojoExecution.Source.LIFECYCLE);
        run.setLifecyclePhase(planned.getLifecyclePhase());
        run.setConfiguration(configuration);
        try {
            plugins.executeMojo(session, run);
        } catch (PluginExecutionException e) {
            // what the mojo threw: test failures (MojoFailureException) or a broken fork
            Throwable cause = e.getCause();
            if (cause instanceof MojoFailureException f) {
                throw f;
            }
            if (cause instanceof MojoExecutionException x) {
                throw x;
            }
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (PluginConfigurationException | PluginManagerException e) {
            throw new MojoExecutionException("maprace: could not run Surefire's " + planned.getExecutionId()
                    + " execution under the audit: " + e.getMessage(), e);
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (Exception e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
