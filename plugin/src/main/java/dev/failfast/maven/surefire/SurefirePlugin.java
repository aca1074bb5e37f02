package dev.failfast.maven.surefire;

/**
 * The Surefire-family plugin a failfast goal stands in for: its configuration in the pom is taken
 * over, and its user properties are read as its users type them.
 */
public enum SurefirePlugin {
  /** For {@code failfast:run} and {@code failfast:test}. */
  SUREFIRE("maven-surefire-plugin", "test", "surefire"),
  /** For {@code failfast:integration-test}. */
  FAILSAFE("maven-failsafe-plugin", "integration-test", "failsafe");

  private final String artifactId;
  private final String goal;
  private final String propertyPrefix;

  SurefirePlugin(String artifactId, String goal, String propertyPrefix) {
    this.artifactId = artifactId;
    this.goal = goal;
    this.propertyPrefix = propertyPrefix;
  }

  public String artifactId() {
    return artifactId;
  }

  /** {@code groupId:artifactId}, as the project model keys its plugins. */
  String key() {
    return "org.apache.maven.plugins:" + artifactId;
  }

  /** The goal whose execution's configuration counts, besides the plugin-level one. */
  String goal() {
    return goal;
  }

  /** The plugin's own user property for a setting, such as {@code surefire.runOrder}. */
  public String property(String name) {
    return propertyPrefix + "." + name;
  }
}
