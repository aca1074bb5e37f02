package dev.failfast.maven.cds;

import dev.failfast.maven.fork.ForkCommand;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Shortens the test JVM's start with a class-data-sharing archive of the classes it loads before
 * its first test: those of the JUnit Platform, Jupiter and failfast (README.md, "Start-up").
 *
 * <p>The JVM archives classes only from jars, never from a class path with a non-empty directory
 * on it, which a project's test class path always has. So the archive is trained by a JVM of its
 * own on those jars alone, started beside the first test JVM, and a later test JVM puts the same
 * jars, in the same order, in front of its class path: the JVM then maps their classes from the
 * archive. The jars are on the class path anyway; the JVM's class loader looks a repeated entry up
 * once, so moving them to the front changes only which of their copies is found first.
 *
 * <p>The archive lives in {@code target/failfast-cds}, named by its {@link ArchiveKey}: a changed
 * JDK or jar gets a new one, and the JVM never sees a stale one. What could still go wrong (an
 * archive the JVM refuses) is silenced ({@code -Xlog:cds*=off}) and falls back to loading classes
 * as usual ({@code -Xshare:auto}); a training that fails leaves no archive and no message.
 */
public final class ClassDataSharing implements AutoCloseable {

  /** The directory under the build directory that holds the archives. */
  public static final String DIRECTORY = "failfast-cds";
  /** How long the end of a run waits for a training still under way. */
  static final long TRAINING_TIMEOUT_SECONDS = 60;
  /** How many archives the directory keeps: those used last, so that two JDKs used in turn keep theirs. */
  static final int ARCHIVES_KEPT = 3;

  /** The jars the test JVM loads before its first test, by file name ({@code artifactId-version.jar}). */
  private static final Pattern ARCHIVED_JAR = Pattern.compile(
      "(junit-platform-|junit-jupiter-|opentest4j-|apiguardian-api-|failfast-junit-extension-).*\\.jar");
  /** Options by which an {@code argLine} manages class data sharing itself: then failfast stays out. */
  private static final Set<String> OWN_SHARING_OPTIONS = Set.of("-Xshare", "-XX:SharedArchiveFile",
      "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive", "-XX:SharedClassListFile", "-XX:AOT");
  private static final String PRELOAD = "dev.failfast.junit.cds.ClassPreload";

  private final String state;
  private final List<Path> jars;
  private final Path archive;
  private final Process training;
  private final Path partial;

  private ClassDataSharing(String state, List<Path> jars, Path archive, Process training, Path partial) {
    this.state = state;
    this.jars = jars;
    this.archive = archive;
    this.training = training;
    this.partial = partial;
  }

  /** No sharing: the test JVM starts as configured. */
  public static ClassDataSharing off(String why) {
    return new ClassDataSharing("off: " + why, List.of(), null, null, null);
  }

  /**
   * Uses the archive for {@code command}'s JDK and jars when there is one; else trains it for the
   * next run, and this run starts as configured.
   *
   * @param directory where the archives are kept
   */
  public static ClassDataSharing prepare(ForkCommand command, Path directory) {
    if (command.jvmArguments().stream().anyMatch(ClassDataSharing::managesSharing)) {
      return off("the argLine sets its own class data sharing");
    }
    List<Path> jars = command.classpath().stream()
        .filter(path -> ARCHIVED_JAR.matcher(String.valueOf(path.getFileName())).matches() && Files.isRegularFile(path))
        .toList();
    if (jars.isEmpty()) {
      return off("no JUnit jar on the test class path");
    }
    try {
      Path archive = directory.resolve(ArchiveKey.of(command.java(), jars));
      if (Files.isRegularFile(archive)) {
        used(archive);
        return new ClassDataSharing("using " + archive, jars, archive, null, null);
      }
      Files.createDirectories(directory);
      Path partial = directory.resolve(archive.getFileName() + "." + UUID.randomUUID() + ".partial");
      Process training = new ProcessBuilder(command.java().toString(), "-Xshare:auto",
          "-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds*=off", "-cp", joined(jars), PRELOAD)
          .directory(directory.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      return new ClassDataSharing("training " + archive + " for the next run", List.of(), archive, training, partial);
    } catch (IOException | RuntimeException e) {
      return off("cannot train an archive in " + directory + ": " + e);
    }
  }

  private static boolean managesSharing(String argument) {
    return OWN_SHARING_OPTIONS.stream().anyMatch(argument::startsWith);
  }

  /** The test JVM's command: with the archive, its jars in front of the class path; else {@code command}. */
  public ForkCommand apply(ForkCommand command) {
    if (jars.isEmpty()) {
      return command;
    }
    List<String> arguments =
        new ArrayList<>(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off"));
    arguments.addAll(command.jvmArguments()); // after ours: the argLine has the last word
    List<Path> classpath = new ArrayList<>(jars);
    classpath.addAll(command.classpath());
    return new ForkCommand(command.java(), arguments, command.systemProperties(), classpath);
  }

  /** Waits for a training under way and puts its archive in place; a failed one leaves nothing. */
  @Override
  public void close() throws InterruptedException {
    if (training == null) {
      return;
    }
    try {
      if (training.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS) && training.exitValue() == 0
          && Files.isRegularFile(partial)) {
        Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        keepLastUsed(archive.getParent(), ARCHIVES_KEPT);
      }
    } catch (IOException e) {
      // another build put one in place meanwhile, or the directory went away: no archive this time
    } finally {
      training.destroyForcibly();
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        // a leftover .partial is never read: archives end in .jsa
      }
    }
  }

  /**
   * Deletes all but the {@code keep} archives last used in {@code directory}: each JDK, JUnit or
   * failfast version a project moves to trains one of some 10 MB, and nothing else would ever
   * delete the old ones but {@code mvn clean}. Two JDKs used in turn keep theirs. An archive a
   * running JVM has mapped stays readable to it on deletion, or, where the system refuses to delete
   * it, stays.
   */
  static void keepLastUsed(Path directory, int keep) {
    List<Map.Entry<Path, FileTime>> archives = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.jsa")) {
      for (Path file : files) {
        archives.add(Map.entry(file, Files.getLastModifiedTime(file)));
      }
    } catch (IOException | DirectoryIteratorException e) {
      return; // a later training prunes again
    }
    archives.sort(Map.Entry.<Path, FileTime>comparingByValue().reversed());
    for (Map.Entry<Path, FileTime> old : archives.subList(Math.min(keep, archives.size()), archives.size())) {
      try {
        Files.deleteIfExists(old.getKey());
      } catch (IOException e) {
        // mapped by a running JVM where the system keeps such a file: the next pruning tries again
      }
    }
  }

  /** Marks an archive as used now, so that pruning keeps the archives last used, not last trained. */
  private static void used(Path archive) {
    try {
      Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // a read-only target/: the archive may be pruned before one trained later
    }
  }

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** What sharing does in this run, for the debug log. */
  @Override
  public String toString() {
    return state;
  }
}
