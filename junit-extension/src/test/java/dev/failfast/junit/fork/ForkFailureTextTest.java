package dev.failfast.junit.fork;

import static dev.failfast.junit.fork.ForkHarness.fork;
import static dev.failfast.junit.fork.ForkHarness.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.ForkHarness.Run;
import dev.failfast.junit.fork.fixtures.nasty.NastyMessagesFixture;
import dev.failfast.junit.fork.fixtures.nasty.NastyMessagesFixture.SpeechlessException;
import dev.failfast.junit.fork.fixtures.nasty.NastyMessagesFixture.SpeechlessStateException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A throwable whose text cannot be had keeps its own type, outcome and fatal or non-fatal verdict. */
class ForkFailureTextTest {

  @Test
  void aThrowingGetMessageOrToStringNeverReplacesTheTestsOwnFailure() throws Exception {
    Run run = fork(settings(List.of(NastyMessagesFixture.class), Map.of()));

    assertThat(run.exitCode()).isZero();
    String fixture = NastyMessagesFixture.class.getName();
    TestResult nonFatal = run.result(fixture, "nonFatal()");
    assertThat(nonFatal.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(nonFatal.throwableType()).isEqualTo(SpeechlessException.class.getName());
    assertThat(nonFatal.message()).isEqualTo("<getMessage() threw java.lang.UnsupportedOperationException>");
    assertThat(nonFatal.stackTrace())
        .startsWith(SpeechlessException.class.getName() + ": <getMessage() threw java.lang.UnsupportedOperationException>"
            + " <toString() threw java.lang.UnsupportedOperationException>")
        .contains("\tat " + fixture + ".nonFatal(");
    assertThat(run.outcome(fixture, "stillRuns()")).as("a non-fatal failure does not cancel").isEqualTo(Outcome.PASSED);

    TestResult fatal = run.result(fixture, "fatal()");
    assertThat(fatal.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(fatal.throwableType()).isEqualTo(SpeechlessStateException.class.getName());
    TestResult stopped = run.result(fixture, "stopped()");
    assertThat(stopped.outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(stopped.message()).isEqualTo("stopped: group 'nasty' cancelled by fatal failure in " + fixture
        + ".fatal(): SpeechlessStateException: <getMessage() threw java.lang.UnsupportedOperationException>");
    run.assertOneResultEach();
  }
}
