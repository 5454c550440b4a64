package io.github.maprace.plugin;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;

/**
 * What every maprace goal has: {@code skip}, the project, the session and the output directory.
 * {@link #execute()} logs the skip and otherwise calls {@link #executeGoal()}.
 */
public abstract class AbstractMapraceMojo extends AbstractMojo {
    /** Skips the goal. */
    @Parameter(property = "maprace.skip", defaultValue = "false")
    boolean skip;

    /** Where the reports go; the agent writes its logs to the {@code agent} subdirectory. */
    @Parameter(property = "maprace.outputDirectory", defaultValue = "${project.build.directory}/maprace")
    File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** The goal's name, for the skip message. */
    abstract String goal();

    /** The goal's work when it is not skipped. */
    abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("maprace: " + goal() + " skipped (maprace.skip)");
            return;
        }
        executeGoal();
    }
}
