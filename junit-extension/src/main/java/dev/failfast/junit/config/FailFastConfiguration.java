package dev.failfast.junit.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The run-wide settings, read from JUnit configuration parameters ({@code junit-platform.properties},
 * the launcher, or system properties; the plugin passes its pom settings through them).
 *
 * @param scope {@code failfast.scope}: {@code group} (default) or {@code run}
 * @param grace {@code failfast.grace}: how long a cancelled group waits for running members
 * @param interrupt {@code failfast.interrupt}: whether running members are interrupted
 * @param fatal {@code failfast.fatal}: fatal types for groups whose annotation names none
 * @param nonFatal {@code failfast.nonFatal}: non-fatal types for groups whose annotation names none
 */
@API(status = INTERNAL, since = "0.1")
public record FailFastConfiguration(
    Scope scope,
    Duration grace,
    boolean interrupt,
    List<Class<? extends Throwable>> fatal,
    List<Class<? extends Throwable>> nonFatal) {

  public static final String SCOPE = "failfast.scope";
  public static final String GRACE = "failfast.grace";
  public static final String INTERRUPT = "failfast.interrupt";
  public static final String FATAL = "failfast.fatal";
  public static final String NON_FATAL = "failfast.nonFatal";
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

  public FailFastConfiguration {
    fatal = List.copyOf(fatal);
    nonFatal = List.copyOf(nonFatal);
  }

  /**
   * Reads and checks every parameter.
   *
   * @param parameters looks up a configuration parameter by key
   * @param classLoader loads the classes named in {@code failfast.fatal} and {@code failfast.nonFatal}
   * @throws IllegalArgumentException naming the parameter, the bad value and the fix
   */
  public static FailFastConfiguration read(
      Function<String, Optional<String>> parameters, ClassLoader classLoader) {
    return new FailFastConfiguration(
        parameters.apply(SCOPE).map(value -> Scope.parse(SCOPE, value)).orElse(Scope.GROUP),
        parameters.apply(GRACE).map(value -> Durations.parse(GRACE, value)).orElse(DEFAULT_GRACE),
        parameters.apply(INTERRUPT).map(value -> parseBoolean(INTERRUPT, value)).orElse(true),
        parameters.apply(FATAL).map(value -> throwableTypes(FATAL, value, classLoader)).orElse(List.of()),
        parameters.apply(NON_FATAL).map(value -> throwableTypes(NON_FATAL, value, classLoader)).orElse(List.of()));
  }

  private static boolean parseBoolean(String name, String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(
          name + ": '" + value + "' is not a boolean; use 'true' or 'false'");
    };
  }

  /**
   * Loads comma-separated throwable class names.
   *
   * @throws IllegalArgumentException for an unknown class or one that is not a Throwable
   */
  public static List<Class<? extends Throwable>> throwableTypes(
      String name, String value, ClassLoader classLoader) {
    List<Class<? extends Throwable>> types = new ArrayList<>();
    for (String className : value.split(",")) {
      String trimmed = className.trim();
      if (!trimmed.isEmpty()) {
        types.add(throwableType(name, trimmed, classLoader));
      }
    }
    return types;
  }

  private static Class<? extends Throwable> throwableType(
      String name, String className, ClassLoader classLoader) {
    Class<?> type;
    try {
      type = Class.forName(className, false, classLoader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException(
          name + ": class '" + className + "' was not found on the test classpath; check the"
              + " fully qualified name, or add the dependency that contains it", e);
    }
    if (!Throwable.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(
          name + ": '" + className + "' is not a Throwable; name an exception or error type,"
              + " such as java.io.IOException");
    }
    return type.asSubclass(Throwable.class);
  }
}
