package dev.failfast.junit.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** How far a fatal failure reaches ({@code failfast.scope}). */
@API(status = INTERNAL, since = "0.1")
public enum Scope {
  /** A group's cancellation never touches another group or an ungrouped test. */
  GROUP,
  /** The first fatal failure anywhere, an ungrouped test's included, cancels the whole run. */
  RUN;

  /**
   * Reads {@code group} or {@code run}, in any case.
   *
   * @param name the setting, named in the error
   * @throws IllegalArgumentException naming the setting, the value and the accepted ones
   */
  public static Scope parse(String name, String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "group" -> GROUP;
      case "run" -> RUN;
      default -> throw new IllegalArgumentException(
          name + ": '" + value + "' is not a scope; use 'group' (the default) or 'run'");
    };
  }

  /** The value of {@code failfast.scope} that {@link #parse} reads back as this scope. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
