package dev.failfast.junit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @ValueSource(strings = {"876000h", "52560000m", "3153600000", "3153600000s", "PT876000H", "P36500D"})
  void theLongestDurationIsAcceptedAndMeasurable(String value) {
    Duration duration = Durations.parse("timeout", value);
    assertThat(duration).isEqualTo(Durations.MAX);
    assertThat(duration.toNanos()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"876001h", "3153600001", "10000000000", "999999999999999999h", "PT876000H0.001S",
      "P106751D"})
  void aLongerOneIsRefusedNamingTheLimit(String value) {
    assertThatThrownBy(() -> Durations.parse("timeout", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout: '" + value + "' is longer than the longest accepted duration, 36500 days (876000h);"
            + " give a shorter one, or 0 where that means none");
  }

  @Test
  void commonFormsStillParse() {
    assertThat(Durations.parse("grace", "500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("grace", " 10 S ")).isEqualTo(Duration.ofSeconds(10));
    assertThat(Durations.parse("grace", "2min")).isEqualTo(Duration.ofMinutes(2));
    assertThat(Durations.parse("grace", "0")).isZero();
  }

  @Test
  void theFormatNamesADurationAsPeopleWriteIt() {
    assertThat(Durations.format(Duration.ofSeconds(10))).isEqualTo("10 s");
    assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250 ms");
    assertThat(Durations.format(Duration.ofNanos(500_000))).isEqualTo("PT0.0005S");
  }

  /** The plugin hands a parsed duration to the test JVM in this format, which must read it back exactly. */
  @ParameterizedTest
  @ValueSource(strings = {"0", "1ms", "999ms", "1s", "PT1.001S", "PT0.000000001S", "PT59.999999999S", "2m", "P36500D"})
  void theFormatParsesBackToTheSameDuration(String value) {
    Duration duration = Durations.parse("grace", value);
    assertThat(Durations.parse("grace", Durations.format(duration))).isEqualTo(duration);
  }
}
