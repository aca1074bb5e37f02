package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.generate.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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

  /**
   * [ms from the end of the last class (its suite's timestamp plus time) to the last report file or
   * summary written, number of files]: what writing reports adds after the tests, whether a tool
   * writes each class's file as it finishes or all of them at the end.
   */
  static double[] tail(Path project) throws IOException {
    long lastWritten = Long.MIN_VALUE;
    long lastEnd = Long.MIN_VALUE;
    int count = 0;
    for (Path f : files(project, "TEST-.*\\.xml|failfast-summary\\.json")) {
      count++;
      lastWritten = Math.max(lastWritten, Files.getLastModifiedTime(f).to(TimeUnit.MICROSECONDS));
      if (f.getFileName().toString().endsWith(".xml")) {
        lastEnd = Math.max(lastEnd, suiteEndMicros(f));
      }
    }
    return count == 0 || lastEnd == Long.MIN_VALUE ? new double[] {0, count}
        : new double[] {(lastWritten - lastEnd) / 1e3, count};
  }

  private static final Pattern SUITE = Pattern.compile("<testsuite\\b[^>]*>");
  private static final Pattern TIME = Pattern.compile("\\stime=\"([0-9.]+)\"");
  private static final Pattern TIMESTAMP = Pattern.compile("\\stimestamp=\"([^\"]+)\"");

  /**
   * ms from the end of class {@code className} (its suite's timestamp plus time) to the last report
   * file or summary written: after a class whose failure cancels the run, what stopping the rest
   * and writing their reports takes.
   */
  static double afterClassMs(Path project, String className) throws IOException {
    long end = Long.MIN_VALUE;
    long lastWritten = Long.MIN_VALUE;
    for (Path f : files(project, "TEST-.*\\.xml|failfast-summary\\.json")) {
      lastWritten = Math.max(lastWritten, Files.getLastModifiedTime(f).to(TimeUnit.MICROSECONDS));
      if (f.getFileName().toString().equals("TEST-" + className + ".xml")) end = suiteEndMicros(f);
    }
    return end == Long.MIN_VALUE ? Double.NaN : (lastWritten - end) / 1e3;
  }

  /** When a report's suite ended, in µs since the epoch; Surefire's timestamps have no zone: local time. */
  private static long suiteEndMicros(Path report) throws IOException {
    Matcher suite = SUITE.matcher(Files.readString(report));
    if (!suite.find()) return Long.MIN_VALUE;
    Matcher time = TIME.matcher(suite.group());
    Matcher timestamp = TIMESTAMP.matcher(suite.group());
    if (!time.find() || !timestamp.find()) return Long.MIN_VALUE;
    String text = timestamp.group(1);
    Instant start = text.endsWith("Z") ? Instant.parse(text)
        : LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant();
    return TimeUnit.MILLISECONDS.toMicros(start.toEpochMilli()) + Math.round(Double.parseDouble(time.group(1)) * 1e6);
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

  /**
   * Every figure of {@code key} ({@code reachedNanos}, {@code settledNanos}) in the crossForkCancel of
   * the project's failfast-summary.json: one per test JVM told to cancel.
   */
  static List<Long> crossForkLatencies(Path project, String key) throws IOException {
    List<Long> result = new ArrayList<>();
    Pattern numbers = Pattern.compile("\"" + key + "\"\\s*:\\s*\\[([^\\]]*)\\]");
    for (Path summary : files(project, "failfast-summary\\.json")) {
      Matcher list = numbers.matcher(Files.readString(summary));
      if (list.find()) {
        Matcher number = Pattern.compile("\\d+").matcher(list.group(1));
        while (number.find()) result.add(Long.parseLong(number.group()));
      }
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
