package dev.failfast.benchmark.cell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions every cell runs with; failfast's is the reactor's, the one {@code mvn -B install
 * -DskipTests} put in the local repository.
 *
 * @param junit5 Surefire 3.6 stops a JUnit Platform run through the CancellationToken that Platform 6.0
 *     added; on JUnit 5 it can only log that it cannot. Cell b5 shows what JUnit 5 users get.
 */
public record Versions(String surefire, String junit, String junit5, String failfast) {

  /** Cell b5's JUnit. */
  public static final String JUNIT5 = "5.14.4";

  private static final Pattern PARENT_VERSION =
      Pattern.compile("<artifactId>failfast-parent</artifactId>\\s*<version>([^<]+)</version>");

  /** The fixed versions, and failfast's from the reactor's {@code pom.xml} at {@code root}. */
  public static Versions of(Path root) throws IOException {
    Path pom = root.resolve("pom.xml");
    Matcher m = PARENT_VERSION.matcher(Files.exists(pom) ? Files.readString(pom) : "");
    if (!m.find()) {
      throw new IllegalStateException(pom + " has no failfast-parent version: run the benchmark from a failfast checkout");
    }
    return new Versions("3.6.1", "6.1.3", JUNIT5, m.group(1).trim());
  }
}
