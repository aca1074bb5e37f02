package dev.failfast.maven.fork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The test JVM's classpath, as Surefire builds it: the project's test classpath less the
 * {@code classpathDependencyExcludes}, the plugin's own failfast extension in place of any the
 * project declares (its fork protocol must match the plugin's), a JUnit Platform launcher of the
 * project's platform version, as Surefire adds one, then the {@code additionalClasspathElements}.
 */
public final class ForkClasspath {

  static final String PLATFORM = "org.junit.platform";
  static final String ENGINE = PLATFORM + ":junit-platform-engine";
  static final String LAUNCHER = PLATFORM + ":junit-platform-launcher";
  static final String EXTENSION = "dev.failfast:failfast-junit-extension";

  /** A jar with its coordinates. */
  public record Jar(String groupId, String artifactId, String version, Path file) {
    String key() {
      return groupId + ":" + artifactId;
    }
  }

  /** Resolves {@code org.junit.platform:junit-platform-launcher} and its dependencies. */
  @FunctionalInterface
  public interface LauncherResolver {
    List<Jar> resolve(String version) throws MojoExecutionException;
  }

  /**
   * What the project puts on the classpath.
   *
   * @param directories the test and main output directories, in that order
   * @param testJars the project's test-scope dependencies, in classpath order
   * @param excludes the dependencies to leave out
   * @param additional what to add at the end
   */
  public record FromProject(List<Path> directories, List<Jar> testJars, List<ArtifactPattern> excludes,
      List<Path> additional) {}

  private ForkClasspath() {}

  /**
   * @param extension the plugin's failfast-junit-extension
   * @throws IllegalArgumentException when no JUnit Platform engine is on the test classpath
   */
  public static List<Path> assemble(FromProject project, Jar extension, LauncherResolver launcher)
      throws MojoExecutionException {
    Map<String, Jar> jars = new LinkedHashMap<>();
    project.testJars().stream().filter(jar -> project.excludes().stream().noneMatch(exclude -> exclude.matches(jar)))
        .forEach(jar -> jars.putIfAbsent(jar.key(), jar));
    Jar engine = jars.get(ENGINE);
    if (engine == null) {
      throw new IllegalArgumentException("No JUnit Platform engine is on the test classpath, so there is nothing"
          + " to run the tests; add a test-scoped dependency on org.junit.jupiter:junit-jupiter (JUnit Jupiter)"
          + " or another engine, such as org.junit.vintage:junit-vintage-engine");
    }
    jars.remove(EXTENSION);
    if (!jars.containsKey(LAUNCHER)) {
      launcher.resolve(engine.version()).forEach(jar -> jars.putIfAbsent(jar.key(), jar));
    }
    jars.put(EXTENSION, extension);
    List<Path> classpath = new ArrayList<>(project.directories());
    jars.values().forEach(jar -> classpath.add(jar.file()));
    classpath.addAll(project.additional());
    return classpath;
  }
}
