package dev.failfast.maven;

import dev.failfast.junit.rerun.Reruns;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pom's {@code rerunFailingTestsCount} (failfast's own, else Surefire's), checked before
 * anything runs and handed to the test JVM as the configuration parameter {@link Reruns#COUNT},
 * which its rerun driver and the extension read (docs/rules.md "Reruns").
 */
final class RerunSetting {

  static final String NAME = "rerunFailingTestsCount";

  private RerunSetting() {}

  /**
   * The settings with the count among their parameters; unchanged when no count is set.
   *
   * @param count nullable; the count as written
   * @throws IllegalArgumentException naming the setting, the problem and the fix
   */
  static PomSettings apply(PomSettings settings, String count) {
    if (count == null) {
      return settings;
    }
    Map<String, String> parameters = new LinkedHashMap<>(settings.junitParameters());
    parameters.put(Reruns.COUNT, Integer.toString(Reruns.count(NAME, count)));
    return new PomSettings(settings.threads(), settings.timeout(), parameters, settings.groups());
  }
}
