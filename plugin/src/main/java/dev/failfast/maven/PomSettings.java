package dev.failfast.maven;

import dev.failfast.junit.config.Durations;
import dev.failfast.junit.config.FailFastConfiguration;
import dev.failfast.junit.config.Scope;
import dev.failfast.junit.classify.PomGroups;
import dev.failfast.maven.select.ClassPattern;
import dev.failfast.maven.select.TestSelection.GroupPatterns;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The pom's failfast settings, checked before anything runs (docs/rules.md Bad input), and the
 * JUnit configuration parameters they become in the test JVM. Checks that need the test classpath
 * (the fatal and non-fatal class names) happen in the test JVM, still before any test.
 *
 * @param threads concurrent tests
 * @param timeout the whole run's limit, zero for none
 * @param junitParameters the configuration parameters, without the pom groups' members
 * @param groups the pom groups' names and patterns
 */
record PomSettings(int threads, Duration timeout, Map<String, String> junitParameters, List<GroupPatterns> groups) {

  static final String AUTODETECTION = "junit.jupiter.extensions.autodetection.enabled";

  /**
   * The pom's failfast settings as written, before any check: the goal's parameters of the same
   * names. Each is nullable, for a setting the pom leaves out.
   *
   * @param threads concurrent tests; unset: one per processor
   * @param scope {@code group} or {@code run}
   * @param grace a duration, as {@link Durations#parse} reads it
   * @param timeout a duration; unset or zero: none
   * @param groups the {@code <groups>} block's groups; not nullable, may be empty
   * @param configurationParameters {@code key=value} lines, as in {@code junit-platform.properties}
   */
  record Written(Integer threads, String scope, String grace, String timeout, List<String> fatal,
      List<String> nonFatal, List<Group> groups, String configurationParameters) {}

  /**
   * Checks every setting and turns each into what the test JVM reads. A duration is parsed here
   * once, and handed on as {@link Durations#format} writes it.
   *
   * @throws IllegalArgumentException naming the parameter, the problem and the fix
   */
  static PomSettings check(Written pom) {
    int concurrency = pom.threads() == null ? Runtime.getRuntime().availableProcessors() : pom.threads();
    if (concurrency < 1) {
      throw new IllegalArgumentException("threads: " + pom.threads() + " is below 1; give the number of tests to run"
          + " at once, such as 4");
    }
    Map<String, String> parameters = new LinkedHashMap<>(properties(pom.configurationParameters()));
    if (pom.scope() != null) {
      parameters.put(FailFastConfiguration.SCOPE, Scope.parse("scope", pom.scope()).parameter());
    }
    if (pom.grace() != null) {
      parameters.put(FailFastConfiguration.GRACE, Durations.format(Durations.parse("grace", pom.grace())));
    }
    Duration limit = pom.timeout() == null ? Duration.ZERO : Durations.parse("timeout", pom.timeout());
    putList(parameters, FailFastConfiguration.FATAL, pom.fatal());
    putList(parameters, FailFastConfiguration.NON_FATAL, pom.nonFatal());
    List<GroupPatterns> patterns = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<Group> groups = pom.groups();
    for (Group group : groups) {
      String name = group.name() == null ? "" : group.name().trim();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("groups: a <group> has no <name>; name each group, such as <name>db</name>");
      }
      if (!names.add(name)) {
        throw new IllegalArgumentException("groups: two groups are named '" + name + "'; give each group its own name");
      }
      if (group.parallel() != null) {
        parameters.put(PomGroups.settingKey(name, PomGroups.PARALLEL), group.parallel().toString());
      }
      putList(parameters, PomGroups.settingKey(name, PomGroups.FATAL), group.fatal());
      putList(parameters, PomGroups.settingKey(name, PomGroups.NON_FATAL), group.nonFatal());
      List<ClassPattern> includes = group.includes().stream().map(include -> pattern(name, include)).toList();
      patterns.add(new GroupPatterns(name, includes));
    }
    // The extension must see every class: with scope=run an ungrouped failure cancels the run, and
    // a pom group's classes carry no annotation that would register it.
    if ("run".equals(parameters.get(FailFastConfiguration.SCOPE)) || !groups.isEmpty()) {
      parameters.put(AUTODETECTION, "true");
    }
    return new PomSettings(concurrency, limit, parameters, patterns);
  }

  /** The parameters plus the pom group of each class the groups' patterns assigned. */
  Map<String, String> junitParameters(Map<String, String> classGroups) {
    Map<String, String> all = new LinkedHashMap<>(junitParameters);
    classGroups.forEach((className, group) -> all.put(PomGroups.memberKey(className), group));
    return all;
  }

  private static ClassPattern pattern(String group, String include) {
    try {
      return ClassPattern.of(include);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("groups: group '" + group + "' has a bad include '" + include + "': "
          + e.getMessage() + "; write a pattern such as **/db/** or %regex[.*Db.*]", e);
    }
  }

  private static void putList(Map<String, String> parameters, String key, List<String> values) {
    List<String> names = values == null ? List.of()
        : values.stream().map(String::trim).filter(value -> !value.isEmpty()).toList();
    if (!names.isEmpty()) {
      parameters.put(key, String.join(",", names));
    }
  }

  private static Map<String, String> properties(String text) {
    Properties properties = new Properties();
    if (text != null) {
      try {
        properties.load(new StringReader(text));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException("configurationParameters: " + e.getMessage()
            + "; write one key=value per line, as in junit-platform.properties", e);
      }
    }
    Map<String, String> map = new LinkedHashMap<>();
    properties.stringPropertyNames().stream().sorted().forEach(key -> map.put(key, properties.getProperty(key)));
    return map;
  }
}
