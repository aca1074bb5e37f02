package dev.failfast.junit.fork;

import static dev.failfast.junit.fork.ForkHarness.fork;
import static dev.failfast.junit.fork.ForkHarness.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.ForkHarness.Run;
import dev.failfast.junit.fork.fixtures.huge.HugeMessageFixture;
import dev.failfast.junit.group.StopMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cancellation's detail is copied into the tests it stops only up to its bound. */
class ForkStopMessageTest {

  @Test
  void aMegabyteFatalMessageIsCutInEachOfTheFiftyTestsItStops() throws Exception {
    Run run = fork(settings(List.of(HugeMessageFixture.class), Map.of()));

    assertThat(run.exitCode()).isZero();
    String fixture = HugeMessageFixture.class.getName();
    int cut = HugeMessageFixture.MESSAGE_LENGTH - StopMessage.LIMIT;
    String expected = "stopped: group 'huge' cancelled by fatal failure in " + fixture + ".failsWithAHugeMessage(): "
        + ("IllegalStateException: " + "m".repeat(StopMessage.LIMIT)).substring(0, StopMessage.LIMIT)
        + "… [" + (cut + "IllegalStateException: ".length()) + " characters cut]";
    List<TestNode> stopped = run.planned()
        .filter(node -> node.kind() == TestNode.Kind.TEST && node.name().startsWith("stopped()")).toList();
    assertThat(stopped).hasSize(50);
    stopped.forEach(node -> assertThat(run.results(node)).singleElement().satisfies(result -> {
      assertThat(result.outcome()).isEqualTo(Outcome.STOPPED);
      assertThat(result.message()).isEqualTo(expected);
    }));
    Cancellation cancellation = run.events().stream().filter(e -> e.get(0).equals("groupCancelled"))
        .map(e -> (Cancellation) e.get(1)).findFirst().orElseThrow();
    assertThat(cancellation.detail()).hasSize(StopMessage.LIMIT + ("… [" + (cut + 23) + " characters cut]").length());
    TestResult failing = run.result(fixture, "failsWithAHugeMessage()");
    assertThat(failing.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(failing.message()).as("the failing test keeps its own message").startsWith("m".repeat(StopMessage.LIMIT * 4));
  }
}
