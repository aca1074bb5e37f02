package dev.failfast.maven.fork;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A dependency named as Surefire's {@code classpathDependencyExcludes} and
 * {@code dependenciesToScan} name one: {@code groupId:artifactId}, each part possibly with
 * {@code *} wildcards; further parts (type, classifier, version) are accepted and not compared.
 */
public final class ArtifactPattern {

  private final Pattern groupId;
  private final Pattern artifactId;

  private ArtifactPattern(Pattern groupId, Pattern artifactId) {
    this.groupId = groupId;
    this.artifactId = artifactId;
  }

  /**
   * @param parameter the parameter it comes from, for the error
   * @throws IllegalArgumentException when it is not {@code groupId:artifactId}
   */
  public static ArtifactPattern of(String parameter, String source) {
    String[] parts = source.trim().split(":");
    if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException(parameter + ": '" + source + "' is not groupId:artifactId; write one such"
          + " as org.acme:fixtures or org.acme:*");
    }
    return new ArtifactPattern(glob(parts[0].trim()), glob(parts[1].trim()));
  }

  private static Pattern glob(String part) {
    return Pattern.compile(
        String.join(".*", Arrays.stream(part.split("\\*", -1)).map(Pattern::quote).toList()));
  }

  public boolean matches(ForkClasspath.Jar jar) {
    return groupId.matcher(jar.groupId()).matches() && artifactId.matcher(jar.artifactId()).matches();
  }
}
