package dev.failfast.maven.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.junit.group.TextLimit;
import dev.failfast.junit.partition.Part;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code failfast-summary.json} that {@link SummaryWriter} wrote, of any version up to
 * its own: version 1 has no {@code shard} and no {@code classes}. Keys it does not know are
 * ignored, as the layout adds keys without raising its version.
 */
public final class SummaryReader {

  /** The most of a bad value an error shows. */
  static final int SHOWN = 100;

  private static final JsonFactory JSON = new JsonFactory();

  private SummaryReader() {}

  /**
   * @throws NoSuchFileException when there is no such file
   * @throws IOException naming the file and what in it is not a summary
   */
  public static RunSummary read(Path file) throws IOException {
    Object tree;
    try (JsonParser json = JSON.createParser(Files.newInputStream(file))) {
      tree = JsonTree.read(json);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      throw new IOException(file + " is not JSON: " + e.getMessage(), e);
    }
    try {
      return summary(object(tree, "the file"));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IOException(file + " is not a failfast summary: " + e.getMessage(), e);
    }
  }

  private static RunSummary summary(Map<String, Object> json) {
    long version = number(json, "version");
    if (version < 1 || version > SummaryWriter.VERSION) {
      throw new IllegalArgumentException("its version is " + version + "; this failfast reads versions 1 to "
          + SummaryWriter.VERSION + ", so read it with the failfast that wrote it");
    }
    List<GroupSummary> groups = new ArrayList<>();
    for (Object group : list(json, "groups")) {
      groups.add(group(object(group, "a group")));
    }
    String shard = text(json, "shard");
    Map<String, Duration> classTimes = new LinkedHashMap<>();
    for (Object entry : json.containsKey("classes") ? list(json, "classes") : List.of()) {
      Map<String, Object> time = object(entry, "a class");
      classTimes.put(required(time, "name"), Duration.ofMillis(number(time, "elapsedMillis")));
    }
    return new RunSummary(totals(json), groups, Duration.ofMillis(number(json, "elapsedMillis")),
        text(json, "forkExit"), shard == null ? null : Part.parse("shard", shard), classTimes);
  }

  private static GroupSummary group(Map<String, Object> json) {
    List<String> alsoFailed = new ArrayList<>();
    for (Object test : list(json, "alsoFailed")) {
      if (!(test instanceof String name)) {
        throw new IllegalArgumentException("'alsoFailed' holds " + shown(test) + ", not a test's name");
      }
      alsoFailed.add(name);
    }
    Object latency = json.get("cancelLatencyNanos");
    return new GroupSummary(required(json, "name"), required(json, "outcome"), totals(json), text(json, "cancelledBy"),
        text(json, "cause"), latency == null ? null : number(json, "cancelLatencyNanos"), alsoFailed);
  }

  /** The counts under {@code totals}: every count the writer names, the rest of the tests passed. */
  private static Totals totals(Map<String, Object> owner) {
    Map<String, Object> json = object(owner.get("totals"), "'totals'");
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    long notPassed = 0;
    for (Outcome outcome : Outcome.values()) {
      Optional<String> name = Outcomes.countName(outcome);
      if (name.isPresent()) {
        counts.put(outcome, Math.toIntExact(number(json, name.get())));
        notPassed += counts.get(outcome);
      }
    }
    long passed = number(json, "tests") - notPassed;
    if (passed < 0) {
      throw new IllegalArgumentException("its counts add up to more than its " + json.get("tests") + " tests");
    }
    counts.put(Outcome.PASSED, Math.toIntExact(passed));
    return new Totals(counts);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException(what + " is not a JSON object");
    }
    return (Map<String, Object>) value;
  }

  private static List<?> list(Map<String, Object> json, String key) {
    if (!(json.get(key) instanceof List<?> list)) {
      throw new IllegalArgumentException("'" + key + "' is not a JSON array");
    }
    return list;
  }

  private static long number(Map<String, Object> json, String key) {
    if (!(json.get(key) instanceof Number number) || number.doubleValue() != number.longValue()
        || number.longValue() < 0) {
      throw new IllegalArgumentException(
          "'" + key + "' is " + shown(json.get(key)) + ", not a whole number of at least 0");
    }
    return number.longValue();
  }

  /** A string that may be {@code null}. */
  private static String text(Map<String, Object> json, String key) {
    Object value = json.get(key);
    if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException("'" + key + "' is " + shown(value) + ", not a string");
    }
    return (String) value;
  }

  /** A value in a message: at most {@value #SHOWN} characters of it. */
  private static String shown(Object value) {
    return TextLimit.cut(String.valueOf(value), SHOWN);
  }

  private static String required(Map<String, Object> json, String key) {
    String value = text(json, key);
    if (value == null) {
      throw new IllegalArgumentException("'" + key + "' is missing");
    }
    return value;
  }
}
