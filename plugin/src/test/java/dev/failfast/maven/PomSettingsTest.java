package dev.failfast.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.failfast.junit.config.Durations;
import dev.failfast.junit.config.FailFastConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PomSettingsTest {

  private static Group group(String name, Boolean parallel, String... includes) {
    return new Group(name, List.of(includes), parallel, List.of(), List.of());
  }

  private static PomSettings check(Integer threads, String scope, String grace, String timeout, List<Group> groups) {
    return PomSettings.check(
        new PomSettings.Written(threads, scope, grace, timeout, List.of(), List.of(), groups, null));
  }

  @Test
  void turnsThePomIntoConfigurationParameters() {
    Group db = new Group("db", List.of("**/db/**"), false, List.of(), List.of("org.opentest4j.AssertionFailedError"));
    PomSettings settings = PomSettings.check(new PomSettings.Written(8, "Run", "2s", "10m",
        List.of("java.io.IOException", " "), List.of(), List.of(db),
        "junit.jupiter.execution.parallel.mode.default = concurrent\n# a comment\n"));

    assertThat(settings.threads()).isEqualTo(8);
    assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.junitParameters(Map.of("com.acme.db.UserIT", "db"))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "junit.jupiter.execution.parallel.mode.default", "concurrent",
        "failfast.scope", "run",
        "failfast.grace", "2 s",
        "failfast.fatal", "java.io.IOException",
        "failfast.group.db.parallel", "false",
        "failfast.group.db.nonFatal", "org.opentest4j.AssertionFailedError",
        "failfast.group.of.com.acme.db.UserIT", "db",
        "junit.jupiter.extensions.autodetection.enabled", "true"));
    assertThat(settings.groups()).singleElement().satisfies(g -> assertThat(g.name()).isEqualTo("db"));
  }

  /** The grace is parsed once from the pom; the test JVM reads back the very same duration. */
  @ParameterizedTest
  @ValueSource(strings = {"500ms", " 10 S ", "2m", "1h", "0", "PT1.5S", "PT0.0005S", "876000h", "P36500D"})
  void theTestJvmReadsTheGraceThePomGave(String grace) {
    Map<String, String> parameters = check(null, null, grace, null, List.of()).junitParameters(Map.of());

    FailFastConfiguration read =
        FailFastConfiguration.read(key -> Optional.ofNullable(parameters.get(key)), getClass().getClassLoader());

    assertThat(read.grace()).isEqualTo(Durations.parse("grace", grace));
  }

  @Test
  void defaultsLeaveTheExtensionItsOwnDefaults() {
    PomSettings settings = check(null, null, null, null, List.of());
    assertThat(settings.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(settings.timeout()).isZero();
    assertThat(settings.junitParameters(Map.of())).isEmpty();
  }

  @Test
  void badInputIsRejectedNamingTheFix() {
    assertThatThrownBy(() -> check(0, null, null, null, List.of())).hasMessageStartingWith("threads: 0 is below 1");
    assertThatThrownBy(() -> check(null, "all", null, null, List.of())).hasMessageStartingWith("scope: 'all'");
    assertThatThrownBy(() -> check(null, null, "soon", null, List.of())).hasMessageStartingWith("grace: 'soon' is not a duration");
    assertThatThrownBy(() -> check(null, null, null, "5 parsecs", List.of())).hasMessageStartingWith("timeout: '5 parsecs'");
    assertThatThrownBy(() -> check(null, null, null, null, List.of(group(" ", null))))
        .hasMessageStartingWith("groups: a <group> has no <name>");
    assertThatThrownBy(() -> check(null, null, null, null, List.of(group("db", null), group("db", true))))
        .hasMessageStartingWith("groups: two groups are named 'db'");
    assertThatThrownBy(() -> check(null, null, null, null, List.of(group("db", null, "%regex[(]"))))
        .hasMessageStartingWith("groups: group 'db' has a bad include '%regex[(]'");
  }
}
