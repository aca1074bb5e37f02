package dev.failfast.maven.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaExecutableTest {

  private static final String FIX = "give the test JVM's java executable, such as ${env.JAVA_HOME}/bin/java,"
      + " or leave jvm unset for the toolchain's or Maven's own";

  @TempDir
  Path project;

  @Test
  void aJavaIsTakenAbsoluteOrRelativeToTheProject() throws Exception {
    Path bin = Path.of(System.getProperty("java.home"), "bin");
    Path java = Files.exists(bin.resolve("java")) ? bin.resolve("java") : bin.resolve("java.exe");
    assertThat(JavaExecutable.of(bin.resolve("java").toString(), project)).isEqualTo(java.normalize());

    Path own = Files.createDirectories(project.resolve("jdk/bin")).resolve("java");
    Files.writeString(own, "#!/bin/sh\n");
    assertThat(JavaExecutable.of(" jdk/bin/java ", project)).isEqualTo(own);
  }

  @Test
  void javaNamesJavaExeWhereOnlyThatExistsAsOnWindows() throws Exception {
    Path exe = Files.createDirectories(project.resolve("windows-jdk/bin")).resolve("java.exe");
    Files.writeString(exe, "MZ");

    assertThat(JavaExecutable.of("windows-jdk/bin/java", project)).isEqualTo(exe);
  }

  @Test
  void aPathThatIsNotAJavaNamesTheProblemAndTheFix() throws Exception {
    assertThatThrownBy(() -> JavaExecutable.of(System.getProperty("java.home"), project))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jvm: '" + System.getProperty("java.home") + "' does not end with java (or java.exe); " + FIX);
    assertThatThrownBy(() -> JavaExecutable.of("jdk/bin/java", project))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jvm: " + project.resolve("jdk/bin/java") + " is not an existing file; " + FIX);
    Files.createDirectories(project.resolve("dir/java"));
    assertThatThrownBy(() -> JavaExecutable.of("dir/java", project))
        .hasMessage("jvm: " + project.resolve("dir/java") + " is not an existing file; " + FIX);
  }
}
