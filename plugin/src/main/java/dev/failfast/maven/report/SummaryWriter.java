package dev.failfast.maven.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.junit.group.TextLimit;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes {@code failfast-summary.json} (docs/reports.md Summary JSON): the run's totals, how the
 * fork ended, and each group's outcome, cancelling test and cancel latency. It is JSON, not XML,
 * because Surefire's parser reads every {@code .xml} file in the reports directory as a test
 * report.
 *
 * <pre>{@code
 * {
 *   "version" : 2,
 *   "totals" : { "tests" : 3, "failures" : 0, "errors" : 1, "skipped" : 0, "stopped" : 2, "flakes" : 0 },
 *   "elapsedMillis" : 1520,
 *   "forkExit" : null,
 *   "crossForkCancel" : { "reachedNanos" : [ 310000 ], "settledNanos" : [ 4210000 ] },
 *   "groups" : [ {
 *     "name" : "payments",
 *     "outcome" : "cancelled",
 *     "totals" : { ... },
 *     "cancelledBy" : "com.acme.PaymentsIT.charge()",
 *     "cause" : "IllegalStateException: gateway down",
 *     "cancelLatencyNanos" : 1830000,
 *     "alsoFailed" : [ ]
 *   } ],
 *   "shard" : "1/2",
 *   "classes" : [ { "name" : "com.acme.PaymentsIT", "elapsedMillis" : 1430 } ]
 * }
 * }</pre>
 *
 * Every key is always present; an unknown value is {@code null}. Strings are written as JSON
 * strings, which can carry any Java string, lone surrogates included (as {@code \}{@code uD800}),
 * each cut to {@value #TEXT_LIMIT} characters with a marker of what was cut.
 */
public final class SummaryWriter {

  /**
   * The layout's version: raised when a key changes meaning or goes away, not when one is added.
   * Version 2 added {@code shard} and {@code classes} (the timings of a split).
   */
  static final int VERSION = 2;

  /** The most of one text (a name, a cause, how the fork ended) the summary keeps; the reports keep all. */
  static final int TEXT_LIMIT = 8192;

  private static final JsonFactory JSON = new JsonFactory();

  private SummaryWriter() {}

  /** Writes (or overwrites) {@code file}, creating its directory if needed. */
  public static void write(Path file, RunSummary summary) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    Path directory = file.toAbsolutePath().getParent();
    if (directory != null) {
      Files.createDirectories(directory);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(out, summary);
    }
  }

  /** Writes the summary as JSON to {@code out}, which it closes. */
  static void write(OutputStream out, RunSummary summary) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      writeTotals(json, summary.totals());
      json.writeNumberField("elapsedMillis", summary.elapsed().toMillis());
      json.writeStringField("forkExit", TextLimit.cut(summary.forkExit(), TEXT_LIMIT));
      json.writeObjectFieldStart("crossForkCancel");
      writeNumbers(json, "reachedNanos", summary.crossForkCancel().reachedNanos());
      writeNumbers(json, "settledNanos", summary.crossForkCancel().settledNanos());
      json.writeEndObject();
      json.writeArrayFieldStart("groups");
      for (GroupSummary group : summary.groups()) {
        writeGroup(json, group);
      }
      json.writeEndArray();
      json.writeStringField("shard", summary.shard() == null ? null : summary.shard().toString());
      json.writeArrayFieldStart("classes");
      for (Map.Entry<String, Duration> time : summary.classTimes().entrySet()) {
        json.writeStartObject();
        json.writeStringField("name", TextLimit.cut(time.getKey(), TEXT_LIMIT));
        json.writeNumberField("elapsedMillis", time.getValue().toMillis());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static void writeGroup(JsonGenerator json, GroupSummary group) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", TextLimit.cut(group.name(), TEXT_LIMIT));
    json.writeStringField("outcome", group.outcome());
    writeTotals(json, group.totals());
    json.writeStringField("cancelledBy", TextLimit.cut(group.cancelledBy(), TEXT_LIMIT));
    json.writeStringField("cause", TextLimit.cut(group.cause(), TEXT_LIMIT));
    json.writeFieldName("cancelLatencyNanos");
    if (group.cancelLatencyNanos() == null) {
      json.writeNull();
    } else {
      json.writeNumber(group.cancelLatencyNanos());
    }
    json.writeArrayFieldStart("alsoFailed");
    for (String test : group.alsoFailed()) {
      json.writeString(TextLimit.cut(test, TEXT_LIMIT));
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeNumbers(JsonGenerator json, String name, List<Long> numbers) throws IOException {
    json.writeArrayFieldStart(name);
    for (long number : numbers) {
      json.writeNumber(number);
    }
    json.writeEndArray();
  }

  private static void writeTotals(JsonGenerator json, Totals totals) throws IOException {
    json.writeObjectFieldStart("totals");
    json.writeNumberField("tests", totals.tests());
    for (Outcome outcome : Outcome.values()) {
      Optional<String> name = Outcomes.countName(outcome);
      if (name.isPresent()) {
        json.writeNumberField(name.get(), totals.count(outcome));
      }
    }
    json.writeNumberField("flakes", totals.flakes()); // passed tests, counted again: they passed after reruns
    json.writeEndObject();
  }
}
