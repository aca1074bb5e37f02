package dev.failfast.maven.surefire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Resolves each setting the way a Surefire user expects: failfast's own value when its block sets
 * one; otherwise the Surefire-family plugin's configuration in the pom; otherwise that plugin's
 * user property ({@code -Dgroups=fast}), as the plugin itself would read it. Remembers which
 * settings came from the plugin's configuration, so the console can name them.
 */
public final class TakeOver {

  private final SurefirePlugin plugin;
  private final PluginConfiguration pom;
  private final UnaryOperator<String> property;
  private final Set<String> taken = new LinkedHashSet<>();

  /**
   * @param pom the plugin's configuration; {@link PluginConfiguration#none()} to take nothing over
   * @param property a user or project property's value, {@code null} when it is unset
   */
  public TakeOver(SurefirePlugin plugin, PluginConfiguration pom, UnaryOperator<String> property) {
    this.plugin = plugin;
    this.pom = pom;
    this.property = property;
  }

  /**
   * @param own nullable: failfast's block leaves it unset
   * @param property nullable: the setting has no user property
   */
  public String text(String name, String own, String property) {
    if (present(own)) {
      return own;
    }
    String inPom = pom.text(name);
    if (inPom != null) {
      taken.add(name);
      return inPom;
    }
    String typed = property == null ? null : this.property.apply(property);
    return present(typed) ? typed.trim() : null;
  }

  /** A list setting; its user property is a comma-separated list. */
  public List<String> list(String name, List<String> own, String property) {
    if (own != null && !own.isEmpty()) {
      return own;
    }
    List<String> inPom = pom.list(name);
    if (!inPom.isEmpty()) {
      taken.add(name);
      return inPom;
    }
    return commaSeparated(property == null ? null : this.property.apply(property));
  }

  /** A map setting, which has no user property. */
  public Map<String, String> map(String name, Map<String, String> own) {
    if (own != null && !own.isEmpty()) {
      return own;
    }
    Map<String, String> inPom = pom.map(name);
    if (!inPom.isEmpty()) {
      taken.add(name);
    }
    return inPom;
  }

  /** A boolean setting: anything but {@code true} (case aside) is false, as Maven reads booleans. */
  public boolean flag(String name, Boolean own, String property, boolean fallback) {
    if (own != null) {
      return own;
    }
    String value = text(name, null, property);
    return value == null ? fallback : Boolean.parseBoolean(value);
  }

  /**
   * JUnit configuration parameters: failfast's own text, else Surefire's
   * {@code <properties><configurationParameters>} text.
   */
  public String configurationParameters(String own) {
    if (present(own)) {
      return own;
    }
    String inPom = pom.map("properties").get("configurationParameters");
    if (present(inPom)) {
      taken.add("configurationParameters");
      return inPom;
    }
    return null;
  }

  /**
   * Warnings for the plugin's settings failfast recognizes but does not implement yet, each
   * naming the setting and what failfast does instead; empty when none is set.
   */
  public List<String> notImplemented() {
    List<String> warnings = new ArrayList<>();
    if (!reusesForks()) {
      warnings.add("reuseForks=false is not supported by failfast: each test JVM runs its whole share of the classes,"
          + " since a group's classes must share one JVM to cancel each other; so forkedProcessTimeoutInSeconds,"
          + " a limit per class then, is not taken over");
    }
    return warnings;
  }

  /**
   * The run's time limit: failfast's own, else the plugin's {@code forkedProcessTimeoutInSeconds},
   * a limit per test JVM, which is the run's when each test JVM runs its share of the classes
   * whole; with {@code reuseForks=false} it is a limit per class, and is not taken.
   *
   * @param own nullable: failfast's block leaves it unset
   */
  public String timeout(String own) {
    return reusesForks() ? text("forkedProcessTimeoutInSeconds", own, plugin.property("timeout")) : own;
  }

  private boolean reusesForks() {
    return !"false".equalsIgnoreCase(setByPlugin("reuseForks", "reuseForks"));
  }

  /** The console line naming what was taken over, or {@code null} when nothing was. */
  public String summary() {
    return taken.isEmpty() ? null : "Taken from " + plugin.artifactId() + ": " + String.join(", ", taken);
  }

  private String setByPlugin(String name, String property) {
    String inPom = pom.text(name);
    String typed = inPom != null ? inPom : this.property.apply(property);
    return present(typed) ? typed.trim() : null;
  }

  /** The items of a comma-separated list, trimmed, blank ones left out; none for {@code null}. */
  public static List<String> commaSeparated(String text) {
    return text == null ? List.of()
        : Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
