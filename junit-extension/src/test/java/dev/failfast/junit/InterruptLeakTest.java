package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertFailed;
import static dev.failfast.junit.harness.Outcomes.assertPassed;
import static dev.failfast.junit.harness.Outcomes.assertStoppedWhileRunning;
import static dev.failfast.junit.harness.Outcomes.fatal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.leak.InterruptLeakFixture;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.TestResult;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** docs/rules.md G4.5: the interrupt never leaks into a later test on the same worker thread. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class InterruptLeakTest {

  @RepeatedTest(5)
  void noTestOrLifecycleMethodStartsWithAPendingInterruptAfterACancellation() {
    RunResult run = Launch.of(InterruptLeakFixture.class).run();

    Class<?> cancelled = InterruptLeakFixture.Cancelled.class;
    String description = fatal("leak-a", cancelled, "fails", "IllegalStateException: leak-a broke");
    assertFailed(run.test(cancelled, "fails"), IllegalStateException.class, "leak-a broke");
    for (String sleeper : List.of("sleeper1", "sleeper2", "sleeper3")) {
      assertStoppedWhileRunning(run.test(cancelled, sleeper), description, InterruptedException.class);
    }
    for (String poller : List.of("spinner1", "spinner2", "awaiter")) {
      assertPassed(run.test(cancelled, poller));
    }
    List<TestResult> later = run.testsOf(InterruptLeakFixture.After.class);
    assertThat(later).hasSize(19);
    later.forEach(t -> assertPassed(t));

    assertThat(Journal.interruptedAtStart())
        .as("tests and lifecycle methods that started with a pending interrupt\n%s", Journal.events())
        .isEmpty();
    assertThat(run.launcherThreadInterrupted()).as("the launcher's thread came back interrupted").isFalse();
    assertThat(run.groups().cancellations("leak-b")).isEmpty();
    assertEveryTestReportedOnce(run);

    Map<String, String> threads = Journal.threads();
    Set<String> cancelledThreads = new HashSet<>();
    Set<String> laterThreads = new HashSet<>();
    threads.forEach((place, thread) -> {
      if (place.startsWith("leak-a.test:")) {
        cancelledThreads.add(thread);
      } else if (place.startsWith("leak-b.")) {
        laterThreads.add(thread);
      }
    });
    laterThreads.retainAll(cancelledThreads);
    System.out.println("InterruptLeakTest: leak-b ran on " + laterThreads.size()
        + " of the threads whose leak-a tests were cancelled: " + laterThreads);
  }
}
