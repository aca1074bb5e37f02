package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What the build JVM tells the fork to run, sent as records right after the fork connects (so no
 * file is left behind and the command line stays short).
 *
 * @param classes the test classes to select, by name
 * @param methodFilters which methods of a class run, from {@code -Dtest=Class#method}
 * @param includeTags JUnit tag expressions a test must match (any of them)
 * @param excludeTags JUnit tag expressions no test may match
 * @param parameters configuration parameters that win over every other source
 * @param threads the fixed parallelism to use unless the project configures its own
 */
@API(status = INTERNAL, since = "0.1")
public record ForkSettings(
    List<String> classes,
    List<MethodFilter> methodFilters,
    List<String> includeTags,
    List<String> excludeTags,
    Map<String, String> parameters,
    int threads) {

  /**
   * Method names of one class that run ({@code include}) or do not ({@code !include}).
   *
   * @param className the class, as selected
   * @param include {@code true}: only matching methods run (when any include exists for the class)
   * @param methodRegex a {@link java.util.regex.Pattern} the whole method name must match
   */
  public record MethodFilter(String className, boolean include, String methodRegex) {}

  public ForkSettings {
    classes = List.copyOf(classes);
    methodFilters = List.copyOf(methodFilters);
    includeTags = List.copyOf(includeTags);
    excludeTags = List.copyOf(excludeTags);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** These settings with {@code selected} as the classes, such as the classes of this JVM's part. */
  public ForkSettings withClasses(List<String> selected) {
    return new ForkSettings(selected, methodFilters, includeTags, excludeTags, parameters, threads);
  }

  /** These settings with one more parameter, which wins over one of the same name. */
  public ForkSettings withParameter(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(parameters);
    more.put(name, value);
    return new ForkSettings(classes, methodFilters, includeTags, excludeTags, more, threads);
  }

  /** Writes the settings as {@link ForkRecord}s, after a hello naming this protocol's version. */
  public void write(RecordWriter out) throws IOException {
    out.write(ForkRecord.HELLO.record(ForkRecord.VERSION));
    out.write(ForkRecord.THREADS.record(Integer.toString(threads)));
    for (String name : classes) {
      out.write(ForkRecord.CLASS.record(name));
    }
    for (MethodFilter filter : methodFilters) {
      out.write(ForkRecord.METHOD.record(filter.className(), filter.include() ? "+" : "-", filter.methodRegex()));
    }
    for (String expression : includeTags) {
      out.write(ForkRecord.INCLUDE_TAGS.record(expression));
    }
    for (String expression : excludeTags) {
      out.write(ForkRecord.EXCLUDE_TAGS.record(expression));
    }
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      out.write(ForkRecord.PARAMETER.record(parameter.getKey(), parameter.getValue()));
    }
    out.write(ForkRecord.END.record());
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @throws ForkProtocolMismatch when the build JVM speaks another version of the protocol
   * @throws IOException when the settings end early or hold a record they cannot
   */
  public static ForkSettings read(RecordReader in) throws IOException {
    ForkRecord.expectHello(in.read(), ForkRecord.Sender.BUILD_JVM);
    List<String> classes = new ArrayList<>();
    List<MethodFilter> methodFilters = new ArrayList<>();
    List<String> includeTags = new ArrayList<>();
    List<String> excludeTags = new ArrayList<>();
    Map<String, String> parameters = new LinkedHashMap<>();
    int threads = 1;
    for (List<String> record = in.read(); ; record = in.read()) {
      if (record == null) {
        throw new IOException("the settings ended early");
      }
      switch (ForkRecord.of(ForkRecord.Sender.BUILD_JVM, record)) {
        case THREADS -> threads = threads(record.get(1));
        case CLASS -> classes.add(record.get(1));
        case METHOD -> methodFilters.add(new MethodFilter(record.get(1), "+".equals(record.get(2)), record.get(3)));
        case INCLUDE_TAGS -> includeTags.add(record.get(1));
        case EXCLUDE_TAGS -> excludeTags.add(record.get(1));
        case PARAMETER -> parameters.put(record.get(1), record.get(2));
        case END -> {
          return new ForkSettings(classes, methodFilters, includeTags, excludeTags, parameters, threads);
        }
        default -> throw new IOException("a '" + record.get(0) + "' record among the settings");
      }
    }
  }

  private static int threads(String text) throws IOException {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IOException("the settings' threads is not a number: " + text, e);
    }
  }
}
