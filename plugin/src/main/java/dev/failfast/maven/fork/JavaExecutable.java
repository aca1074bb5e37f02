package dev.failfast.maven.fork;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code java} a {@code jvm} setting names, as Surefire's {@code jvm} takes it: a path that
 * ends in {@code java} (or {@code java.exe}, which {@code java} also names on Windows) and exists.
 * It wins over a toolchain's. Unlike Surefire's, a relative path is the project's, as failfast's
 * other paths are, not the working directory's; and the test JVM's {@code JAVA_HOME} is left as
 * the environment has it.
 */
public final class JavaExecutable {

  private JavaExecutable() {}

  /**
   * @param setting the path as written, resolved against {@code baseDirectory} when relative
   * @throws IllegalArgumentException naming the problem and the fix when it is not a {@code java}
   *     executable
   */
  public static Path of(String setting, Path baseDirectory) {
    Path java = baseDirectory.resolve(setting.trim()).normalize();
    String name = String.valueOf(java.getFileName());
    if (!name.equals("java") && !name.equals("java.exe")) {
      throw new IllegalArgumentException("jvm: '" + setting + "' does not end with java (or java.exe); " + FIX);
    }
    Path windows = java.resolveSibling("java.exe");
    if (!Files.isRegularFile(java) && name.equals("java") && Files.isRegularFile(windows)) {
      return windows; // .../bin/java names java.exe on Windows, as Surefire takes it
    }
    if (!Files.isRegularFile(java)) {
      throw new IllegalArgumentException("jvm: " + java + " is not an existing file; " + FIX);
    }
    return java;
  }

  private static final String FIX = "give the test JVM's java executable, such as ${env.JAVA_HOME}/bin/java,"
      + " or leave jvm unset for the toolchain's or Maven's own";
}
