package dev.failfast.junit.fork;

import static dev.failfast.junit.fork.ForkHarness.fork;
import static dev.failfast.junit.fork.ForkHarness.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.ForkHarness.Run;
import dev.failfast.junit.partition.RunPart;
import dev.failfast.junit.partition.fixtures.AlphaFirstFixture;
import dev.failfast.junit.partition.fixtures.AlphaSecondFixture;
import dev.failfast.junit.partition.fixtures.BetaFixture;
import dev.failfast.junit.partition.fixtures.HoldsBetaFixture;
import dev.failfast.junit.partition.fixtures.LoneAFixture;
import dev.failfast.junit.partition.fixtures.LoneDFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real test JVM given {@code failfast.parts} runs only its part of the classes it was sent. */
class ForkPartTest {

  private static final List<Class<?>> CLASSES = List.of(AlphaFirstFixture.class, AlphaSecondFixture.class,
      BetaFixture.class, HoldsBetaFixture.class, LoneAFixture.class, LoneDFixture.class);

  private static List<String> testsRun(Run run) {
    assertThat(run.exitCode()).isZero();
    run.assertOneResultEach();
    return run.planned().filter(node -> node.kind() == TestNode.Kind.TEST)
        .map(node -> node.className() + "#" + node.name()).toList();
  }

  @Test
  void twoPartsRunEveryTestOnceAndKeepEachGroupInOne() throws Exception {
    List<String> first = testsRun(fork(settings(CLASSES, Map.of(RunPart.PARTS, "1/2"))));
    List<String> second = testsRun(fork(settings(CLASSES, Map.of(RunPart.PARTS, "2/2"))));
    List<String> whole = testsRun(fork(settings(CLASSES, Map.of())));

    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    assertThat(both).hasSize(15).containsExactlyInAnyOrderElementsOf(whole);
    // Units of 5 (beta with the class holding its nested member), 5, 4 (alpha) and 1 planned tests.
    assertThat(first).extracting(ForkPartTest::className).containsOnly(BetaFixture.class.getName(),
        HoldsBetaFixture.class.getName(), AlphaFirstFixture.class.getName(), AlphaSecondFixture.class.getName());
    assertThat(second).extracting(ForkPartTest::className)
        .containsOnly(LoneAFixture.class.getName(), LoneDFixture.class.getName());
  }

  /** The top-level class of a test. */
  private static String className(String test) {
    return test.substring(0, test.indexOf('#')).replaceFirst("\\$.*", "");
  }

  @Test
  void aBadPartsValueAbortsTheRunNamingIt() throws Exception {
    Run run = fork(settings(CLASSES, Map.of(RunPart.PARTS, "0/2")));

    assertThat(run.exitCode()).isEqualTo(ForkMain.EXIT_ABORTED);
    assertThat(run.tags()).containsExactly("aborted");
    assertThat((String) run.events().get(0).get(1)).startsWith("failfast.parts: '0/2' asks for part 0 of 2");
  }
}
