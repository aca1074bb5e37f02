package dev.failfast.maven.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.failfast.maven.fork.ForkClasspath.FromProject;
import dev.failfast.maven.fork.ForkClasspath.Jar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForkClasspathTest {

  private static final Path TEST_CLASSES = Path.of("target/test-classes");
  private static final Path CLASSES = Path.of("target/classes");
  private static final Jar ENGINE = jar("org.junit.platform", "junit-platform-engine", "1.12.2");
  private static final Jar JUPITER = jar("org.junit.jupiter", "junit-jupiter-engine", "5.12.2");
  private static final Jar EXTENSION = jar("dev.failfast", "failfast-junit-extension", "0.1.0");

  private static Jar jar(String groupId, String artifactId, String version) {
    return new Jar(groupId, artifactId, version, Path.of(artifactId + "-" + version + ".jar"));
  }

  @Test
  void addsTheLauncherOfTheProjectsPlatformVersionAndThePluginsExtension() throws Exception {
    List<String> asked = new ArrayList<>();
    Jar launcher = jar("org.junit.platform", "junit-platform-launcher", "1.12.2");
    List<Path> classpath = ForkClasspath.assemble(new FromProject(List.of(TEST_CLASSES, CLASSES),
        List.of(JUPITER, ENGINE, jar("dev.failfast", "failfast-junit-extension", "0.0.9")), List.of(), List.of()),
        EXTENSION,
        version -> {
          asked.add(version);
          return List.of(launcher, ENGINE); // the launcher's own dependencies are already there
        });
    assertThat(asked).containsExactly("1.12.2");
    assertThat(classpath).containsExactly(TEST_CLASSES, CLASSES, JUPITER.file(), ENGINE.file(), launcher.file(),
        EXTENSION.file());
  }

  @Test
  void keepsALauncherTheProjectDeclares() throws Exception {
    Jar launcher = jar("org.junit.platform", "junit-platform-launcher", "1.12.1");
    List<Path> classpath = ForkClasspath.assemble(
        new FromProject(List.of(TEST_CLASSES), List.of(ENGINE, launcher), List.of(), List.of()), EXTENSION,
        version -> {
          throw new AssertionError("nothing to resolve");
        });
    assertThat(classpath).containsExactly(TEST_CLASSES, ENGINE.file(), launcher.file(), EXTENSION.file());
  }

  @Test
  void withoutAnEngineTheErrorSaysWhatToAdd() {
    assertThatThrownBy(() -> ForkClasspath.assemble(new FromProject(List.of(TEST_CLASSES),
        List.of(jar("org.junit.jupiter", "junit-jupiter-api", "5.12.2")), List.of(), List.of()), EXTENSION,
        version -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No JUnit Platform engine").hasMessageContaining("org.junit.jupiter:junit-jupiter");
  }

  @Test
  void leavesOutTheExcludedDependenciesAndAddsTheAdditionalElementsLast() throws Exception {
    Jar fixtures = jar("org.acme", "fixtures", "1.0");
    Jar slf4j = jar("org.slf4j", "slf4j-simple", "2.0.0");
    Jar launcher = jar("org.junit.platform", "junit-platform-launcher", "1.12.2");
    Path extra = Path.of("extra/classes");
    FromProject project = new FromProject(List.of(TEST_CLASSES), List.of(ENGINE, fixtures, slf4j, launcher),
        List.of(ArtifactPattern.of("classpathDependencyExcludes", "org.acme:fixtures"),
            ArtifactPattern.of("classpathDependencyExcludes", "org.slf4j:*")),
        List.of(extra));
    List<Path> classpath = ForkClasspath.assemble(project, EXTENSION, version -> List.of());
    assertThat(classpath).containsExactly(TEST_CLASSES, ENGINE.file(), launcher.file(), EXTENSION.file(), extra);
  }

  @Test
  void anExcludeThatIsNotGroupIdColonArtifactIdIsRejected() {
    assertThatThrownBy(() -> ArtifactPattern.of("classpathDependencyExcludes", "fixtures"))
        .hasMessage("classpathDependencyExcludes: 'fixtures' is not groupId:artifactId; write one such as"
            + " org.acme:fixtures or org.acme:*");
  }
}
