package dev.failfast.maven.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.failfast.junit.partition.Part;
import dev.failfast.junit.partition.RunPart;
import dev.failfast.junit.partition.Timings;
import dev.failfast.maven.run.RunObserver.Plan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shard setting, what it hands the test JVM and the line it prints. */
class SplitTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0/2 | shard: '0/2' asks for part 0 of 2; parts count from 1, so write 1/2 to 2/2",
      "3/2 | shard: '3/2' asks for part 3 of 2; parts count from 1, so write 1/2 to 2/2",
      "x   | shard: 'x' is not k/n; write which part to run and into how many parts the run is split, such as 1/4"
          + " (the first of four)",
      "1/0 | shard: '1/0' splits the run into 0 parts; write n from 1 to 1000, such as 1/4",
  })
  void aBadShardIsRefusedNamingTheProblemAndTheFix(String value, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> Split.shard(value)).withMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void anUnsetShardIsTheWholeRun(String value) {
    assertThat(Split.shard(value)).isEmpty();
    assertThat(Split.shard(null)).isEmpty();
  }

  @Test
  void aShardIsKOfN() {
    assertThat(Split.shard("2/3")).contains(new Part(2, 3));
  }

  @Test
  void theTestJvmIsGivenThePartAndATimingsFileItReads(@org.junit.jupiter.api.io.TempDir Path temporary)
      throws IOException {
    Map<String, String> parameters = new Split(new Part(2, 3), Map.of("a.A", 12L, "a.B", 0L)).parameters(temporary);

    assertThat(parameters).containsEntry(RunPart.PARTS, "2/3");
    assertThat(Timings.read(Path.of(parameters.get(RunPart.TIMINGS_FILE)))).isEqualTo(Map.of("a.A", 12L, "a.B", 0L));
  }

  @Test
  void withoutTimingsNoTimingsFileIsNamed(@org.junit.jupiter.api.io.TempDir Path temporary) throws IOException {
    assertThat(new Split(new Part(1, 2), Map.of()).parameters(temporary)).containsOnlyKeys(RunPart.PARTS);
  }

  @Test
  void theLineSaysGroupsClassesAndTheExpectedTime() {
    Split split = new Split(new Part(1, 4), Map.of("a.A", 40_000L, "a.B", 1_500L, "a.Elsewhere", 99_000L));

    assertThat(split.line(new Plan(12, List.of("a.A", "a.B"), 0, List.of("db"))))
        .isEqualTo("shard 1/4: 1 group, 2 classes, ~41.5 s expected");
    // a class the timings do not know weighs their mean
    assertThat(split.line(new Plan(12, List.of("a.A", "a.B", "a.New"), 0, List.of("db", "web"))))
        .isEqualTo("shard 1/4: 2 groups, 3 classes, ~62.3 s expected");
  }

  @Test
  void withoutTimingsTheLineSaysSoAndCountsTests() {
    assertThat(new Split(new Part(3, 3), Map.of()).line(new Plan(1, List.of("a.A"), 0, List.of())))
        .isEqualTo("shard 3/3: 0 groups, 1 class, 1 test (no timings: split by planned test count)");
  }
}
