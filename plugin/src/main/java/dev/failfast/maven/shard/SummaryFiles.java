package dev.failfast.maven.shard;

import dev.failfast.maven.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The summary files that {@code failfast:merge} is given: a file as it is; a directory, its own
 * {@code failfast-summary.json}, else every one within {@value #DEPTH} levels below it (where a
 * CI puts each shard's downloaded reports), in name order.
 */
public final class SummaryFiles {

  /** How deep below a given directory summaries are looked for. */
  static final int DEPTH = 6;

  private SummaryFiles() {}

  /**
   * @throws IllegalArgumentException naming a path that does not exist or a directory without a
   *     summary, and the fix
   */
  public static List<Path> find(List<Path> given) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (Path path : given) {
      if (Files.isRegularFile(path)) {
        files.add(path);
      } else if (Files.isRegularFile(path.resolve(ReportFiles.SUMMARY_FILE))) {
        files.add(path.resolve(ReportFiles.SUMMARY_FILE));
      } else if (Files.isDirectory(path)) {
        files.addAll(below(path));
      } else {
        throw new IllegalArgumentException("summaries: " + path + " does not exist; give each shard's "
            + ReportFiles.SUMMARY_FILE + ", or a directory holding them, such as its reports directory");
      }
    }
    return new ArrayList<>(files);
  }

  private static List<Path> below(Path directory) throws IOException {
    try (Stream<Path> paths = Files.find(directory, DEPTH, (path, attributes) -> attributes.isRegularFile()
        && path.getFileName().toString().equals(ReportFiles.SUMMARY_FILE))) {
      List<Path> found = paths.sorted().toList();
      if (found.isEmpty()) {
        throw new IllegalArgumentException("summaries: " + directory + " holds no " + ReportFiles.SUMMARY_FILE
            + " (looked " + DEPTH + " levels deep); give the directories the shards' reports were kept in");
      }
      return found;
    }
  }
}
