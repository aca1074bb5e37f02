package dev.failfast.junit.partition;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The classes one test JVM runs when the run is split (see the package documentation).
 *
 * <p>Reads two configuration parameters:
 * <ul>
 *   <li>{@value #PARTS}: comma-separated parts {@code k/n}, applied in order, each to what the one
 *       before left (the CI shard first, then this JVM's share among the build's test JVMs);
 *       unset or blank: the whole run;
 *   <li>{@value #TIMINGS_FILE}: a {@link Timings} file to weigh classes by; unset, blank, or naming
 *       none of the run's classes: each class weighs its planned test count. A run's class the file
 *       does not name weighs the mean of those it names.
 * </ul>
 */
@API(status = INTERNAL, since = "0.1")
public final class RunPart {

  public static final String PARTS = "failfast.parts";
  public static final String TIMINGS_FILE = "failfast.timings.file";

  private RunPart() {}

  /**
   * The classes of this JVM's part, in the order of {@code classes}.
   *
   * @param classes the run's top-level test classes, by name
   * @param configured a configuration parameter as the run sets it
   * @param plannedTests the number of tests JUnit plans for each of the classes given, asked only
   *     when there are no timings
   * @throws IllegalArgumentException naming {@value #PARTS} or {@value #TIMINGS_FILE} when its value
   *     is bad, or the timings file cannot be read
   */
  public static List<String> classes(List<String> classes, Function<String, Optional<String>> configured,
      ClassLoader loader, Function<List<String>, Map<String, Long>> plannedTests) {
    Optional<String> value = configured.apply(PARTS).filter(text -> !text.isBlank());
    if (value.isEmpty()) {
      return classes;
    }
    List<Part> parts = Part.parseAll(PARTS, value.get());
    Map<String, Set<String>> groupsByClass = new LinkedHashMap<>();
    for (String className : classes) {
      groupsByClass.put(className, ClassGroups.of(className, configured, loader));
    }
    List<Unit> units = Units.of(groupsByClass, weights(classes, configured, plannedTests));
    for (Part part : parts) {
      units = Balance.select(units, part);
    }
    Set<String> selected = units.stream().flatMap(unit -> unit.classes().stream()).collect(Collectors.toSet());
    return classes.stream().filter(selected::contains).toList();
  }

  private static ToLongFunction<String> weights(List<String> classes, Function<String, Optional<String>> configured,
      Function<List<String>, Map<String, Long>> plannedTests) {
    Optional<ToLongFunction<String>> byTimings = configured.apply(TIMINGS_FILE).filter(text -> !text.isBlank())
        .flatMap(file -> Timings.weights(read(file), classes));
    if (byTimings.isPresent()) {
      return byTimings.get();
    }
    Map<String, Long> counts = plannedTests.apply(classes);
    return className -> counts.getOrDefault(className, 0L);
  }

  private static Map<String, Long> read(String file) {
    try {
      return Timings.read(Path.of(file));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(TIMINGS_FILE + ": cannot read the timings: " + e.getMessage()
          + "; failfast-maven-plugin writes this file, so run the build again", e);
    }
  }
}
