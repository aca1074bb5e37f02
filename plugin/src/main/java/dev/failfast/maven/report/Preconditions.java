package dev.failfast.maven.report;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The checks the report model makes on its way in, so a bad value fails where it is made. */
final class Preconditions {

  private Preconditions() {}

  static String notBlank(String value, String name) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static Duration notNegative(Duration value, String name) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return value;
  }

  static int notNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return value;
  }

  /** An immutable copy that names the list when it, or one of its elements, is null. */
  static <T> List<T> copyOf(List<T> list, String name) {
    Objects.requireNonNull(list, () -> name + " must not be null");
    list.forEach(element -> Objects.requireNonNull(element, () -> name + " must not contain null"));
    return List.copyOf(list);
  }

  /** An immutable copy that keeps the map's order ({@link Map#copyOf} would not). */
  static Map<String, String> copyOf(Map<String, String> map, String name) {
    Objects.requireNonNull(map, () -> name + " must not be null");
    map.forEach(
        (key, value) -> {
          Objects.requireNonNull(key, () -> name + " must not contain a null key");
          Objects.requireNonNull(value, () -> name + " must not contain a null value for " + key);
        });
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
