package dev.failfast.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.failfast.junit.rerun.Reruns;
import java.util.List;
import org.junit.jupiter.api.Test;

class RerunSettingTest {

  private static final PomSettings NONE =
      PomSettings.check(new PomSettings.Written(1, null, null, null, List.of(), List.of(), List.of(), null));

  @Test
  void aCountBecomesTheParameterTheTestJvmReads() {
    assertThat(RerunSetting.apply(NONE, " 2 ").junitParameters()).containsEntry(Reruns.COUNT, "2");
    assertThat(RerunSetting.apply(NONE, "100").junitParameters()).containsEntry(Reruns.COUNT, "100");
    assertThat(RerunSetting.apply(NONE, null)).isSameAs(NONE);
  }

  @Test
  void aCountThatIsNotAWholeNumberUpTo100NamesTheSettingAndTheFix() {
    for (String bad : List.of("two", "-1", "101", "1.5", "")) {
      assertThatIllegalArgumentException().isThrownBy(() -> RerunSetting.apply(NONE, bad))
          .withMessage("rerunFailingTestsCount: '" + bad + "' is not a whole number from 0 to 100; give how many more"
              + " times a failing test runs, such as 2");
    }
  }
}
