package dev.failfast.maven.forks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Surefire's forkCount syntax, its bound, and the values failfast reads its own way. */
class ForkCountTest {

  @ParameterizedTest(name = "{0} on {1} cores is {2}")
  @CsvSource({"2, 4, 2", " 3 , 1, 3", "1C, 4, 4", "1c, 2, 2", "1.5C, 2, 3", "0.5C, 3, 1", "0.1C, 2, 1", "256, 1, 256",
      "128C, 2, 256", "007, 1, 7"})
  void readsACountOrACountPerCore(String text, int cores, int count) {
    assertThat(ForkCount.parse(text, cores)).isEqualTo(new ForkCount(count, null));
  }

  @Test
  void unsetIsOneTestJvm() {
    assertThat(ForkCount.parse(null, 8)).isEqualTo(ForkCount.ONE);
    assertThat(ForkCount.parse(" ", 8)).isEqualTo(ForkCount.ONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0C"})
  void zeroRunsOneTestJvmAndSaysWhy(String text) {
    ForkCount zero = ForkCount.parse(text, 2);

    assertThat(zero.count()).isEqualTo(1);
    assertThat(zero.note()).isEqualTo("forkCount=" + text + " runs Surefire's tests inside Maven's own JVM; failfast"
        + " always runs them in a test JVM it can end, so it runs one (forkCount=1)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "-1", "1.5", "2.0", "C", "2CC", "-1C", "1e3", ".5C"})
  void aValueThatIsNoCountIsAClearError(String text) {
    assertThatThrownBy(() -> ForkCount.parse(text, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("forkCount: '" + text + "' is not a number of test JVMs; give a whole number such as 2, or a number"
            + " per processor core such as 1C or 1.5C");
  }

  @Test
  void oneTestJvmAboveTheBoundIsAClearError() {
    assertThatThrownBy(() -> ForkCount.parse("257", 2)).hasMessage(
        "forkCount: 257 test JVMs is above the limit of 256; give fewer, such as 2 or 1C (one per processor core)");
    assertThatThrownBy(() -> ForkCount.parse("128.5C", 2)).hasMessage("forkCount: 128.5C makes 257 test JVMs on 2"
        + " cores, above the limit of 256; give fewer, such as 2 or 1C (one per processor core)");
  }
}
