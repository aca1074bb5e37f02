package dev.failfast.junit.fork;

import static dev.failfast.junit.fork.ForkHarness.fork;
import static dev.failfast.junit.fork.ForkHarness.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.whole.WholeStopDisabledFixture;
import dev.failfast.junit.fixtures.whole.WholeStopFirstFixture;
import dev.failfast.junit.fixtures.whole.WholeStopLaterFixture;
import dev.failfast.junit.fork.ForkHarness.Run;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/fork-protocol.md: a container the test JVM stopped whole is one {@code finished} record,
 * {@code STOPPED}, and none for what is under it; a disabled one is skipped as before.
 */
class ForkWholeStopTest {

  @Test
  void aClassStoppedWholeIsOneStoppedRecordAndADisabledOneStaysSkipped() throws Exception {
    Run run = fork(settings(
        List.of(WholeStopFirstFixture.class, WholeStopLaterFixture.class, WholeStopDisabledFixture.class),
        Map.of("junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")));

    assertThat(run.exitCode()).isZero();
    String stop = "stopped: group 'whole' cancelled by fatal failure in " + WholeStopFirstFixture.class.getName()
        + ".fails(): IllegalStateException: whole group down";
    TestNode later = node(run, WholeStopLaterFixture.class.getName());
    assertThat(run.results(later)).containsExactly(TestResult.stopped(stop));
    // nothing under it has a record: the build JVM reports each of its planned tests
    assertThat(run.planned().filter(n -> later.id().equals(n.parentId()) || n.id().startsWith(later.id() + "/")))
        .isNotEmpty().allMatch(n -> run.results(n).isEmpty());

    // a test of the class that had started is stopped at its own gate, with its own record
    assertThat(run.outcome(WholeStopFirstFixture.class.getName(), "later()")).isEqualTo(Outcome.STOPPED);
    // the disabled class is skipped, its reason kept, and so is its test
    TestNode disabled = node(run, WholeStopDisabledFixture.class.getName());
    assertThat(run.results(disabled)).extracting(TestResult::outcome).containsExactly(Outcome.SKIPPED);
    assertThat(run.outcome(WholeStopDisabledFixture.class.getName(), "disabled()")).isEqualTo(Outcome.SKIPPED);
  }

  private static TestNode node(Run run, String className) {
    return run.planned().filter(n -> n.kind() == TestNode.Kind.CLASS && className.equals(n.className()))
        .findFirst().orElseThrow();
  }
}
