package dev.failfast.junit.fork;

import static dev.failfast.junit.fork.ForkHarness.fork;
import static dev.failfast.junit.fork.ForkHarness.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.ForkHarness.Run;
import dev.failfast.junit.fork.fixtures.vanish.CancelledFactoryFixture;
import dev.failfast.junit.fork.fixtures.vanish.DisabledContainersFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/rules.md G10 in a real test JVM: a container that never produced its tests is reported as one test. */
class ForkOneOutcomeEachTest {

  @Test
  void aDisabledTemplateOrFactoryIsOneSkippedTest() throws Exception {
    Run run = fork(settings(List.of(DisabledContainersFixture.class), Map.of()));

    assertThat(run.exitCode()).isZero();
    String fixture = DisabledContainersFixture.class.getName();
    assertThat(run.outcome(fixture, "runs()")).isEqualTo(Outcome.PASSED);
    Map<String, String> reasons = Map.of(
        "parameterized(int)", "no parameters today",
        "repeated()", "no repeats today",
        "factory()", "no factory today",
        "template()", "no template today");
    reasons.forEach((name, reason) -> {
      TestResult result = run.result(fixture, name);
      assertThat(result.outcome()).as(name).isEqualTo(Outcome.SKIPPED);
      assertThat(result.message()).as(name).isEqualTo(reason);
      assertThat(run.test(fixture, name).methodName()).isEqualTo(name.substring(0, name.indexOf('(')));
    });
    String nested = fixture + "$DisabledClass";
    assertThat(run.outcome(nested, "nestedParameterized(int)")).isEqualTo(Outcome.SKIPPED);
    assertThat(run.outcome(nested, "nestedTest()")).isEqualTo(Outcome.SKIPPED);
    // every test counts once: the two methods, the four containers, the nested class's two
    assertThat(run.planned().filter(node -> node.kind() == TestNode.Kind.TEST)).hasSize(8);
    run.assertOneResultEach();
  }

  @Test
  void aDisabledTestIsSkippedWhateverItsReasonSays() throws Exception {
    Run run = fork(settings(List.of(DisabledContainersFixture.class), Map.of()));

    TestResult result = run.result(DisabledContainersFixture.class.getName(), "disabledWithAStopLikeReason()");
    assertThat(result.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(result.message()).isEqualTo("stopped: a reason that only looks like a stop");
  }

  @Test
  void aFactoryOfACancelledGroupThatNeverStartedIsOneStoppedTest() throws Exception {
    Run run = fork(settings(List.of(CancelledFactoryFixture.class), Map.of()));

    assertThat(run.exitCode()).isZero();
    String fixture = CancelledFactoryFixture.class.getName();
    assertThat(run.outcome(fixture, "cancels()")).isEqualTo(Outcome.ERROR);
    TestResult factory = run.result(fixture, "neverStarts()");
    assertThat(factory.outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(factory.message()).startsWith("stopped: group 'factory' cancelled by fatal failure in "
        + fixture + ".cancels(): IllegalStateException: factory backend down");
    assertThat(run.planned().filter(node -> node.kind() == TestNode.Kind.TEST)).hasSize(2);
    run.assertOneResultEach();
  }
}
