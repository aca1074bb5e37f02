package dev.failfast.maven.github;

import dev.failfast.maven.report.StackFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Where a failure's annotation points: the test source line that threw.
 *
 * @param file the source file's path relative to the repository root, with {@code /} separators,
 *     as GitHub places annotations
 * @param line the line in it; positive
 */
record SourcePlace(String file, int line) {

  /**
   * Finds the places of failures in the test sources of one project.
   *
   * @param repositoryRoot the root GitHub's paths are relative to ({@link #repositoryRoot})
   * @param testSourceRoots the project's test source directories
   */
  record Finder(Path repositoryRoot, List<Path> testSourceRoots) {

    Finder {
      repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
      testSourceRoots = testSourceRoots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
    }

    /**
     * The innermost frame of the test class (its nested classes included) in the trace whose source
     * file is under a test source root and the repository root; empty when there is none.
     *
     * @param testClass the test's class; a nested class's frames count for its top-level class
     * @param stackTrace nullable; the failure's stack trace text
     */
    Optional<SourcePlace> find(String testClass, String stackTrace) {
      if (stackTrace == null) {
        return Optional.empty();
      }
      int nested = testClass.indexOf('$');
      String topLevel = nested < 0 ? testClass : testClass.substring(0, nested);
      for (String line : stackTrace.split("\\R")) {
        Optional<SourcePlace> place = StackFrame.parse(line).filter(frame -> frame.inClass(topLevel))
            .filter(frame -> frame.line() > 0).flatMap(frame -> placeOf(topLevel, frame));
        if (place.isPresent()) {
          return place;
        }
      }
      return Optional.empty();
    }

    private Optional<SourcePlace> placeOf(String topLevel, StackFrame frame) {
      int dot = topLevel.lastIndexOf('.');
      String file = frame.file() != null ? frame.file() : topLevel.substring(dot + 1) + ".java";
      String relative = (dot < 0 ? "" : topLevel.substring(0, dot).replace('.', '/') + "/") + file;
      for (Path root : testSourceRoots) {
        Path source = root.resolve(relative).normalize();
        if (source.startsWith(repositoryRoot) && Files.isRegularFile(source)) {
          String path = StreamSupport.stream(repositoryRoot.relativize(source).spliterator(), false)
              .map(Path::toString).collect(Collectors.joining("/"));
          return Optional.of(new SourcePlace(path, frame.line()));
        }
      }
      return Optional.empty();
    }
  }

  /**
   * The root of the repository the build checked out: {@code GITHUB_WORKSPACE} when set, else the
   * nearest directory holding {@code .git} at or above the project, else the project's directory.
   *
   * @param workspace nullable; {@code GITHUB_WORKSPACE}
   * @param projectDirectory the base directory of the project whose tests ran
   */
  static Path repositoryRoot(String workspace, Path projectDirectory) {
    if (workspace != null && !workspace.isBlank()) {
      return Path.of(workspace).toAbsolutePath().normalize();
    }
    Path project = projectDirectory.toAbsolutePath().normalize();
    for (Path directory = project; directory != null; directory = directory.getParent()) {
      if (Files.exists(directory.resolve(".git"))) {
        return directory;
      }
    }
    return project;
  }
}
