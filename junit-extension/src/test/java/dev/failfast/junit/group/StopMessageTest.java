package dev.failfast.junit.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The forms of a stop message, and the bound on what it copies, at the bound. */
class StopMessageTest {

  @Test
  void textAtTheLimitIsKeptWholeAndOneCharacterMoreIsCutWithAMarker() {
    String atLimit = "a".repeat(StopMessage.LIMIT);

    assertThat(StopMessage.bounded(atLimit)).isEqualTo(atLimit);
    assertThat(StopMessage.bounded(atLimit + "b")).isEqualTo(atLimit + "… [1 characters cut]");
  }

  @Test
  void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
    String text = "a".repeat(StopMessage.LIMIT - 1) + "😀" + "z";

    assertThat(StopMessage.bounded(text)).isEqualTo("a".repeat(StopMessage.LIMIT - 1) + "… [3 characters cut]");
  }

  @Test
  void everyFormStartsWithThePrefixAndNamesTheCause() {
    String description = StopMessage.describe("payments", CancelReason.ON_PURPOSE, "com.acme.HealthIT.probe()",
        "backend unavailable");

    assertThat(description).isEqualTo("group 'payments' cancelled by com.acme.HealthIT.probe(): backend unavailable");
    assertThat(StopMessage.notStarted(description)).isEqualTo("stopped: " + description);
    assertThat(StopMessage.wasRunning(description, "InterruptedException: sleep interrupted"))
        .isEqualTo("stopped: " + description + "; was running, ended with InterruptedException: sleep interrupted");
    assertThat(StopMessage.overdue(description, Duration.ofSeconds(10)))
        .isEqualTo("stopped: " + description + "; did not stop within 10 s");
    assertThat(StopMessage.beforeItStarted("the test JVM was killed"))
        .isEqualTo("stopped: before this test started, the test JVM was killed");
  }
}
