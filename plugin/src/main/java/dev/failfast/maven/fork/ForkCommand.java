package dev.failfast.maven.fork;

import dev.failfast.junit.fork.ForkMain;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The test JVM's command line. Everything after {@code java} goes into an argument file
 * ({@code java @file}, JDK 9+), because a test classpath can exceed the 128 KiB Linux allows one
 * argument.
 *
 * @param java the {@code java} executable
 * @param jvmArguments the split {@code argLine}
 * @param systemProperties set with {@code -D} so they hold from the JVM's start
 * @param classpath the test JVM's classpath
 */
public record ForkCommand(Path java, List<String> jvmArguments, Map<String, String> systemProperties,
    List<Path> classpath) {

  /** The arguments after {@code java}, for a build JVM listening on {@code port}. */
  public List<String> arguments(int port) {
    List<String> arguments = new ArrayList<>(jvmArguments);
    systemProperties.forEach((key, value) -> arguments.add("-D" + key + "=" + value));
    arguments.add("-cp");
    arguments.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    arguments.add(ForkMain.class.getName());
    arguments.add(Integer.toString(port));
    return arguments;
  }

  /** Writes the arguments to {@code argFile}; returns the command that reads them from it. */
  public List<String> withArgumentFile(int port, Path argFile) throws IOException {
    List<String> lines = arguments(port).stream().map(ForkCommand::quote).toList();
    Files.write(argFile, lines, StandardCharsets.UTF_8);
    return List.of(java.toString(), "@" + argFile);
  }

  /** Argument file quoting: inside double quotes, backslash escapes {@code \}, {@code "} and line ends. */
  static String quote(String argument) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : argument.toCharArray()) {
      switch (c) {
        case '\\' -> quoted.append("\\\\");
        case '"' -> quoted.append("\\\"");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
