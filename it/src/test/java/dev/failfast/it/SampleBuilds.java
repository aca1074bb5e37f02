package dev.failfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What the tests that run real Maven builds of a sample project share: the system properties
 * {@code it/pom.xml} gives them, a fresh copy of a sample, and settings that take this reactor's
 * snapshots from the invoker's private repository and releases from the calling build's.
 */
final class SampleBuilds {

  private SampleBuilds() {}

  static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s (set by it/pom.xml)", name).isNotBlank();
    return value;
  }

  /** Writes the builds' settings to {@code file}. */
  static void writeSettings(Path file) throws IOException {
    String cache = Path.of(property("failfast.matrix.cacheRepository")).toUri().toString();
    // The cache serves releases only: this reactor's snapshots come from the private repository,
    // never from whatever an earlier `mvn install` left in the calling build's repository.
    String repository =
        "<id>local.central</id><url>" + cache + "</url>"
            + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
            + "<snapshots><enabled>false</enabled></snapshots>";
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "<settings>\n"
            + "  <localRepository>" + property("failfast.matrix.localRepository")
            + "</localRepository>\n"
            + "  <profiles><profile><id>cache</id>"
            + "<activation><activeByDefault>true</activeByDefault></activation>\n"
            + "    <repositories><repository>" + repository + "</repository></repositories>\n"
            + "    <pluginRepositories><pluginRepository>" + repository
            + "</pluginRepository></pluginRepositories>\n"
            + "  </profile></profiles>\n"
            + "</settings>\n");
  }

  /** Replaces {@code to} with a copy of {@code from}. */
  static void copyFresh(Path from, Path to) throws IOException {
    delete(to);
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
