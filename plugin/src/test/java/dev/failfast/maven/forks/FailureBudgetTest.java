package dev.failfast.maven.forks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** skipAfterFailureCount: read, and reached exactly once whichever test JVMs count at once. */
class FailureBudgetTest {

  @Test
  void unsetOrZeroIsNoBudget() {
    assertThat(FailureBudget.parse(null)).isSameAs(FailureBudget.NONE);
    assertThat(FailureBudget.parse(" 0 ")).isSameAs(FailureBudget.NONE);
    assertThat(FailureBudget.NONE.failed()).isFalse();
  }

  @Test
  void theNthFailureReachesTheBudgetAndNoOtherDoes() {
    FailureBudget budget = FailureBudget.parse("2");

    assertThat(List.of(budget.failed(), budget.failed(), budget.failed())).containsExactly(false, true, false);
    assertThat(budget.reached()).isEqualTo("failure budget of 2 reached (skipAfterFailureCount)");
  }

  @Test
  void theLargestBudgetIsRead() {
    assertThat(FailureBudget.parse(Integer.toString(Integer.MAX_VALUE)).reached())
        .isEqualTo("failure budget of " + Integer.MAX_VALUE + " reached (skipAfterFailureCount)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "two", "1.5", "2147483648"})
  void aValueThatIsNoCountIsAClearError(String text) {
    assertThatThrownBy(() -> FailureBudget.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("skipAfterFailureCount: '" + text + "' is not a number of failures; give how many failed tests"
            + " stop the run, such as 1 (the first failure), or 0 for no limit");
  }

  /** Reader threads of several test JVMs count at once: exactly one of them reaches the budget. */
  @RepeatedTest(20)
  void countedFromManyThreadsTheBudgetIsReachedOnce() throws InterruptedException {
    FailureBudget budget = FailureBudget.parse("50");
    AtomicInteger reached = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < 40; i++) {
          if (budget.failed()) {
            reached.incrementAndGet();
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(reached).hasValue(1);
  }
}
