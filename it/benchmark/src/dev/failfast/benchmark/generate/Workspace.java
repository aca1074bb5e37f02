package dev.failfast.benchmark.generate;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where the benchmark reads and writes.
 *
 * @param base {@code it/benchmark}: the templates
 * @param work {@code it/benchmark/target}: projects, logs, results (git-ignored)
 * @param repo {@code target/m2}: the generated projects' own local repository
 */
public record Workspace(Path base, Path work, Path repo) {

  public static Workspace at(Path base) {
    Path work = base.resolve("target");
    return new Workspace(base, work, work.resolve("m2"));
  }

  public Path logs() {
    return work.resolve("logs");
  }

  public Path projects() {
    return work.resolve("projects");
  }

  /** The reactor root, two levels above {@code it/benchmark}. */
  public Path reactor() {
    return base.getParent().getParent();
  }

  /**
   * Copies failfast's artifacts from {@code localRepo} into {@link #repo()}: a {@code mvn install} of
   * failfast while the benchmark runs would otherwise swap the plugin between, or during, measured runs.
   * Everything else is resolved from Maven Central into it by the (online) warm-up runs.
   *
   * @param localRepo null: remove them (the benchmark measures Surefire alone)
   * @return when each jar was built, for the header
   */
  public String copyFailfast(Path localRepo, String version) throws IOException {
    Path target = repo.resolve("dev/failfast");
    deleteTree(target);
    if (localRepo == null) return "";
    copyTree(localRepo.resolve("dev/failfast"), target, dir -> false);
    StringBuilder built = new StringBuilder();
    for (String artifact : new String[] {"failfast-maven-plugin", "failfast-junit-extension"}) {
      Path jar = target.resolve(artifact + "/" + version + "/" + artifact + "-" + version + ".jar");
      built.append(String.format(" %s built %s;", artifact, Files.getLastModifiedTime(jar).toString().substring(0, 19)));
    }
    return built.toString();
  }

  public static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /** Copies {@code source} to {@code target}, leaving out the directories {@code skipped} accepts. */
  public static void copyTree(Path source, Path target, Predicate<Path> skipped) throws IOException {
    Files.walkFileTree(source, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (skipped.test(dir)) return FileVisitResult.SKIP_SUBTREE;
        Files.createDirectories(target.resolve(source.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.COPY_ATTRIBUTES);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
