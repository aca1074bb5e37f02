package dev.failfast.maven.forks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.ForkSettings;
import dev.failfast.junit.partition.RunPart;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each test JVM's share of the run: its j/N after any CI shard, the rest of the settings the same. */
class ForkRunTest {

  private static ForkSettings settings(Map<String, String> parameters) {
    return new ForkSettings(List.of("com.acme.ATest", "com.acme.BTest"), List.of(), List.of("fast"), List.of(),
        parameters, 4);
  }

  @Test
  void eachTestJvmGetsItsShareAfterTheShard() {
    ForkSettings sharded = settings(Map.of(RunPart.PARTS, "1/3", "failfast.scope", "run"));

    ForkSettings second = ForkRun.part(sharded, 1, 2);

    assertThat(second.parameters()).containsEntry(RunPart.PARTS, "1/3,2/2").containsEntry("failfast.scope", "run");
    assertThat(second.classes()).isEqualTo(sharded.classes());
    assertThat(second.includeTags()).containsExactly("fast");
    assertThat(second.threads()).isEqualTo(4);
  }

  @Test
  void withoutAShardTheShareIsTheOnlyPartAndOneTestJvmRunsEverything() {
    ForkSettings whole = settings(Map.of());

    assertThat(ForkRun.part(whole, 0, 3).parameters()).containsEntry(RunPart.PARTS, "1/3");
    assertThat(ForkRun.part(whole, 0, 1)).isSameAs(whole);
  }
}
