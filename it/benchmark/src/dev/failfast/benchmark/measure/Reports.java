package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.generate.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads what a run left in its projects' {@code target/surefire-reports} directories. */
final class Reports {

  private static final String DIR = "surefire-reports";
  private static final Pattern GROUP_JSON = Pattern.compile(
      "\"name\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"outcome\"\\s*:\\s*\"cancelled\"[^{}]*?\\{[^{}]*\\}[^{}]*?"
          + "\"cancelLatencyNanos\"\\s*:\\s*(\\d+)");

  private Reports() {}

  /** Every {@code target/surefire-reports} below {@code project} (one a module). */
  static List<Path> dirs(Path project) throws IOException {
    if (!Files.isDirectory(project)) return List.of();
    try (Stream<Path> paths = Files.walk(project)) {
      return paths.filter(p -> p.getFileName().toString().equals(DIR) && p.getParent().endsWith("target")
          && Files.isDirectory(p)).toList();
    }
  }

  static void delete(Path project) throws IOException {
    for (Path dir : dirs(project)) Workspace.deleteTree(dir);
  }

  static Counts counts(Path project) throws IOException {
    Counts total = Counts.NONE;
    for (Path f : files(project, "TEST-.*\\.xml")) {
      String xml = Files.readString(f);
      total = total.plus(new Counts(occurrences(xml, "<testcase "), occurrences(xml, "<failure"),
          occurrences(xml, "<error"), occurrences(xml, "<skipped"), occurrences(xml, "<skipped message=\"stopped:")));
    }
    return total;
  }

  /** Whether a report of class {@code name} exists. */
  static boolean hasReport(Path project, String name) throws IOException {
    return !files(project, "TEST-" + Pattern.quote(name) + "\\.xml").isEmpty();
  }

  /** [ms between the first and last report file's modification, number of files]. */
  static double[] spread(Path project) throws IOException {
    List<Long> times = new ArrayList<>();
    for (Path f : files(project, "TEST-.*\\.xml|failfast-summary\\.json")) {
      times.add(Files.getLastModifiedTime(f).to(TimeUnit.MICROSECONDS));
    }
    if (times.isEmpty()) return new double[] {0, 0};
    return new double[] {(Collections.max(times) - Collections.min(times)) / 1e3, times.size()};
  }

  /** group name → cancelLatencyNanos for the cancelled groups of the project's failfast-summary.json. */
  static Map<String, Long> cancelLatencies(Path project) throws IOException {
    Map<String, Long> result = new TreeMap<>();
    for (Path summary : files(project, "failfast-summary\\.json")) {
      Matcher m = GROUP_JSON.matcher(Files.readString(summary));
      while (m.find()) result.put(m.group(1), Long.parseLong(m.group(2)));
    }
    return result;
  }

  private static List<Path> files(Path project, String regex) throws IOException {
    List<Path> result = new ArrayList<>();
    for (Path dir : dirs(project)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(f -> f.getFileName().toString().matches(regex)).forEach(result::add);
      }
    }
    return result;
  }

  private static int occurrences(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) n++;
    return n;
  }
}
