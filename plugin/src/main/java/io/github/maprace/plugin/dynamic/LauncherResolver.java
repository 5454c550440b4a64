package io.github.maprace.plugin.dynamic;

import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import java.nio.file.Path;
import java.util.List;

/**
 * Resolves {@code org.junit.platform:junit-platform-launcher} at the project's platform version
 * through Maven's own resolver (so offline mode, mirrors and the local repository apply as for
 * any other artifact). Its dependencies (engine, commons) are already on the test classpath.
 */
public final class LauncherResolver {
    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    /** Resolves through the given Maven resolver session and repositories. */
    public LauncherResolver(RepositorySystem system, RepositorySystemSession session,
                            List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    /**
     * The launcher jar of {@code version}.
     *
     * @throws ArtifactResolutionException when it cannot be resolved
     */
    public Path resolve(String version) throws ArtifactResolutionException {
        DefaultArtifact artifact = new DefaultArtifact(JUnitPlatformClasspath.GROUP, JUnitPlatformClasspath.LAUNCHER,
                "jar", version);
        ArtifactRequest request = new ArtifactRequest(artifact, repositories, null);
        return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
    }
}
