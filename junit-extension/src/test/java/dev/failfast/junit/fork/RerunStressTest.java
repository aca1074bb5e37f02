package dev.failfast.junit.fork;

import static dev.failfast.junit.fork.ForkHarness.fork;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.stress.StressGroups;
import dev.failfast.junit.fixtures.stress.StressPlan;
import dev.failfast.junit.fixtures.stress.StressPlan.Behaviour;
import dev.failfast.junit.fork.ForkHarness.Run;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.rerun.Reruns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The stress groups of {@code StressTest} (50 groups of 20 concurrent members, a fatal failure in
 * half of them) in a real test JVM with {@code rerunFailingTestsCount=1}, and a {@link
 * Behaviour#FLAKY} member in every other group: one outcome each (docs/rules.md G10), a flaky member
 * never cancels its group, a fatal one cancels at its last attempt. Each repetition starts a test
 * JVM, so it runs one for every ten of {@code failfast.stress.repetitions} (default 20: two), at
 * least one, each with its own seed, printed in every assertion message.
 */
class RerunStressTest {

  private static final long BASE_SEED = 0x5EED_F1A4L;

  @Test
  void fiftyGroupsWithFlakyMembersUnderReruns() throws Exception {
    int repetitions = Math.max(1, Integer.getInteger("failfast.stress.repetitions", 20) / 10);
    Long fixedSeed = Long.getLong("failfast.stress.seed");
    for (int repetition = 0; repetition < repetitions; repetition++) {
      repetition(fixedSeed != null ? fixedSeed : BASE_SEED + repetition);
    }
  }

  private static void repetition(long seed) throws Exception {
    String where = "seed " + seed + " (rerun: -Dfailfast.stress.seed=" + seed + " -Dfailfast.stress.repetitions=1)";
    StressPlan plan = StressPlan.install(seed, true); // the same plan the test JVM installs
    // As many threads as StressTest's launch: its blocking members never hold every thread.
    ForkSettings settings = new ForkSettings(StressGroups.ALL.stream().map(Class::getName).toList(), List.of(),
        List.of(), List.of(), Map.of(Reruns.COUNT, "1"), Launch.DEFAULT_PARALLELISM);
    Run run = fork(settings, "-D" + StressPlan.PLAN_PROPERTY + "=" + seed + ":flaky");

    List<String> violations = new ArrayList<>();
    if (run.exitCode() != 0) {
      violations.add("the test JVM exited with " + run.exitCode());
    }
    run.planned().forEach(node -> {
      if (run.results(node).size() != 1) {
        violations.add(node.id() + " has " + run.results(node).size() + " results"); // G10
      }
    });
    Set<String> cancelled = run.events().stream().filter(e -> e.get(0).equals("groupCancelled"))
        .map(e -> ((Cancellation) e.get(1)).group() + " by " + ((Cancellation) e.get(1)).detail())
        .collect(Collectors.toSet());
    Map<String, Integer> attempts = new HashMap<>();
    run.events().stream().filter(e -> e.get(0).equals("attemptFailed"))
        .forEach(e -> attempts.merge((String) e.get(1), 1, Integer::sum));
    int flakyPassed = 0;
    for (TestNode node : run.planned().filter(n -> n.kind() == TestNode.Kind.TEST).toList()) {
      int g = Integer.parseInt(node.className().substring(node.className().lastIndexOf('$') + 2));
      int m = Integer.parseInt(node.displayName().substring("member ".length())) - 1;
      Behaviour behaviour = plan.behaviour(g, m);
      List<TestResult> results = run.results(node);
      if (results.size() != 1) {
        continue;
      }
      TestResult result = results.get(0);
      int failedAttempts = attempts.getOrDefault(node.id(), 0);
      String what = StressPlan.key(g, m) + " (" + behaviour + ") " + result.outcome() + ": " + result.message()
          + ", failed attempts " + failedAttempts;
      if (behaviour == Behaviour.FLAKY) {
        boolean flaky = result.outcome() == Outcome.PASSED && failedAttempts == 1;
        flakyPassed += flaky ? 1 : 0;
        if (!flaky && !(plan.failing(g) && result.outcome() == Outcome.STOPPED)) {
          violations.add("a flaky member neither passed on its second attempt nor was stopped: " + what);
        }
      } else if (behaviour == Behaviour.FAIL) {
        if (result.outcome() != Outcome.ERROR || failedAttempts != 1) {
          violations.add("a failer did not fail both its attempts: " + what);
        }
      } else if (failedAttempts != 0) {
        violations.add("a member that never fails had a failed attempt: " + what);
      } else if (!plan.failing(g) && result.outcome() != Outcome.PASSED) {
        violations.add("a member of an untouched group did not pass: " + what);
      }
    }
    for (int group = 0; group < StressPlan.GROUPS; group++) {
      int g = group;
      String expected = StressPlan.groupName(g) + " by IllegalStateException: stress failure "
          + StressPlan.key(g, plan.failer(g));
      boolean cancelledByItsFailer = cancelled.contains(expected);
      long cancels = cancelled.stream().filter(c -> c.startsWith(StressPlan.groupName(g) + " ")).count();
      if (plan.failing(g) ? !cancelledByItsFailer || cancels != 1 : cancels != 0) {
        violations.add(StressPlan.groupName(g) + (plan.failing(g) ? " fails" : " does not fail") + ", cancelled: "
            + cancelled.stream().filter(c -> c.startsWith(StressPlan.groupName(g) + " ")).toList());
      }
    }
    assertThat(flakyPassed).as("%s: flaky members that passed on their second attempt", where).isPositive();
    assertThat(violations).as("%s: %d violations", where, violations.size()).isEmpty();
  }
}
