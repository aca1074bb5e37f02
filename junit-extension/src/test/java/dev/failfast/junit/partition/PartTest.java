package dev.failfast.junit.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@code k/n} is read, and what a user is told for a bad one. */
class PartTest {

  @Test
  void readsKOfNWithSpacesAroundItsNumbers() {
    assertThat(Part.parse("shard", " 2 / 3 ")).isEqualTo(new Part(2, 3));
    assertThat(Part.parse("shard", "1/1")).hasToString("1/1");
  }

  @Test
  void readsAListAppliedInOrder() {
    assertThat(Part.parseAll(RunPart.PARTS, "2/3,1/2")).containsExactly(new Part(2, 3), new Part(1, 2));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0/2    | asks for part 0 of 2; parts count from 1, so write 1/2 to 2/2",
      "3/2    | asks for part 3 of 2; parts count from 1, so write 1/2 to 2/2",
      "x      | is not k/n; write which part to run and into how many parts the run is split, such as 1/4",
      "1/0    | splits the run into 0 parts; write n from 1 to 1000, such as 1/4",
      "1/1001 | splits the run into 1001 parts; write n from 1 to 1000, such as 1/4",
      "-1/2   | is not k/n",
      "1/2/3  | is not k/n",
      "''     | is not k/n",
  })
  void aBadPartIsRefusedNamingTheSettingTheProblemAndTheFix(String value, String problem) {
    assertThatIllegalArgumentException().isThrownBy(() -> Part.parse("failfast.shard", value))
        .withMessageStartingWith("failfast.shard: '" + value + "' " + problem);
  }

  @Test
  void aThousandPartsIsTheBound() {
    assertThat(Part.parse("shard", "1000/1000")).isEqualTo(new Part(1000, 1000));
  }

  @Test
  void aListWithAnEmptyEntryIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Part.parseAll(RunPart.PARTS, "1/2,"))
        .withMessageStartingWith("failfast.parts: '' is not k/n");
  }
}
