package dev.failfast.maven;

import dev.failfast.maven.fork.ArtifactPattern;
import dev.failfast.maven.fork.ForkClasspath;
import dev.failfast.maven.fork.ForkClasspath.Jar;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The project's test classpath as Maven resolved it, made into the test JVM's (see
 * {@link ForkClasspath}), with the launcher resolved from the project's repositories as Surefire
 * resolves it.
 */
final class TestClasspath {

  private final MavenProject project;
  private final MavenSession session;
  private final RepositorySystem repositorySystem;

  TestClasspath(MavenProject project, MavenSession session, RepositorySystem repositorySystem) {
    this.project = project;
    this.session = session;
    this.repositorySystem = repositorySystem;
  }

  /**
   * @param directories the test and main output directories
   * @param extension the plugin's failfast-junit-extension
   * @throws IllegalArgumentException for a malformed exclude, or no JUnit Platform engine
   */
  List<Path> forFork(List<Path> directories, RunSettings.Jvm jvm, Artifact extension) throws MojoExecutionException {
    List<ArtifactPattern> excludes = jvm.classpathDependencyExcludes().stream()
        .map(exclude -> ArtifactPattern.of("classpathDependencyExcludes", exclude)).toList();
    List<Path> additional = jvm.additionalClasspathElements().stream()
        .map(element -> absolute(element).toPath()).toList();
    return ForkClasspath.assemble(new ForkClasspath.FromProject(directories, testJars(), excludes, additional),
        jar(extension), this::resolveLauncher);
  }

  /**
   * The files of the dependencies named by {@code dependenciesToScan}, in classpath order.
   *
   * @throws IllegalArgumentException for a malformed name
   */
  List<Path> toScan(List<String> dependenciesToScan) {
    List<ArtifactPattern> patterns = dependenciesToScan.stream()
        .map(name -> ArtifactPattern.of("dependenciesToScan", name)).toList();
    return testJars().stream().filter(jar -> patterns.stream().anyMatch(pattern -> pattern.matches(jar)))
        .map(Jar::file).toList();
  }

  private List<Jar> testJars() {
    List<Jar> jars = new ArrayList<>();
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getFile() != null && artifact.getArtifactHandler().isAddedToClasspath()) {
        jars.add(jar(artifact));
      }
    }
    return jars;
  }

  private File absolute(String path) {
    File file = new File(path.trim());
    return file.isAbsolute() ? file : new File(project.getBasedir(), path.trim());
  }

  private static Jar jar(Artifact artifact) {
    return new Jar(
        artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion(), artifact.getFile().toPath());
  }

  /** The launcher matching the project's JUnit Platform, from the project's repositories, as Surefire does. */
  private List<Jar> resolveLauncher(String version) throws MojoExecutionException {
    Dependency launcher = new Dependency(
        new DefaultArtifact("org.junit.platform", "junit-platform-launcher", "jar", version), "runtime");
    CollectRequest request = new CollectRequest(launcher, project.getRemoteProjectRepositories());
    try {
      List<Jar> jars = new ArrayList<>();
      for (ArtifactResult result : repositorySystem
          .resolveDependencies(session.getRepositorySession(), new DependencyRequest(request, null))
          .getArtifactResults()) {
        org.eclipse.aether.artifact.Artifact artifact = result.getArtifact();
        jars.add(new Jar(artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion(),
            artifact.getFile().toPath()));
      }
      return jars;
    } catch (DependencyResolutionException e) {
      throw new MojoExecutionException("Cannot resolve org.junit.platform:junit-platform-launcher:" + version
          + ", the launcher for the project's JUnit Platform " + version + ": " + e.getMessage(), e);
    }
  }
}
