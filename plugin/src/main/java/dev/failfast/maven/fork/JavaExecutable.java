package dev.failfast.maven.fork;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code java} a {@code jvm} setting names, as Surefire's {@code jvm} takes it: a path that
 * ends in {@code java} (or {@code java.exe}) and exists. It wins over a toolchain's.
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
    if (!Files.isRegularFile(java)) {
      throw new IllegalArgumentException("jvm: " + java + " is not an existing file; " + FIX);
    }
    return java;
  }

  private static final String FIX = "give the test JVM's java executable, such as ${env.JAVA_HOME}/bin/java,"
      + " or leave jvm unset for the toolchain's or Maven's own";
}
