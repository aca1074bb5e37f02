package dev.failfast.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.stress.StressGroups;
import dev.failfast.junit.fixtures.stress.StressPlan;
import dev.failfast.junit.fixtures.stress.StressPlan.Behaviour;
import dev.failfast.junit.fixtures.stress.StressPlan.Record;
import dev.failfast.junit.group.GroupCancellation;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.Status;
import dev.failfast.junit.harness.TestResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 50 groups of 20 concurrent members (blocking, polling, working, passing), a fatal failure at a
 * random member in half of the groups; repeated {@code failfast.stress.repetitions} times (default
 * 20), each repetition with its own fixed seed, printed in every assertion message. Rerun one
 * repetition with {@code -Dfailfast.stress.seed=SEED -Dfailfast.stress.repetitions=1}.
 */
class StressTest {

  private static final long BASE_SEED = 0x5EED_FA11L;

  /** What the repetitions covered, summed: printed at the end so a reader can see it is not vacuous. */
  private static final Map<String, Integer> COVERAGE = new java.util.TreeMap<>();

  private static void count(String what) {
    COVERAGE.merge(what, 1, Integer::sum);
  }

  @Test
  void fiftyGroupsOfTwentyUnderRandomFailures() {
    int repetitions = Integer.getInteger("failfast.stress.repetitions", 20);
    Long fixedSeed = Long.getLong("failfast.stress.seed");
    long started = System.nanoTime();
    for (int repetition = 0; repetition < repetitions; repetition++) {
      long seed = fixedSeed != null ? fixedSeed : BASE_SEED + repetition;
      repetition(repetition, seed);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("StressTest coverage: " + COVERAGE);
    System.out.printf("StressTest: %d repetitions of %d tests in %d ms (%d ms each)%n",
        repetitions, StressPlan.GROUPS * StressPlan.MEMBERS, millis, repetitions == 0 ? 0 : millis / repetitions);
  }

  private static void repetition(int repetition, long seed) {
    String where = "stress repetition " + repetition + ", seed " + seed
        + " (rerun: -Dfailfast.stress.seed=" + seed + " -Dfailfast.stress.repetitions=1)";
    StressPlan plan = StressPlan.install(seed);
    RunResult run = Launch.of(StressGroups.ALL).run();

    List<String> violations = new ArrayList<>(run.oneOutcomeViolations());

    // index the outcomes by group and member
    Map<String, TestResult> outcomes = new HashMap<>();
    for (TestResult t : run.tests()) {
      String simple = t.className().substring(t.className().lastIndexOf('$') + 1);
      int group = Integer.parseInt(simple.substring(1));
      int member = Integer.parseInt(t.displayName().substring("member ".length())) - 1;
      if (outcomes.put(StressPlan.key(group, member), t) != null) {
        violations.add("two tests for " + StressPlan.key(group, member));
      }
    }
    if (outcomes.size() != StressPlan.GROUPS * StressPlan.MEMBERS) {
      violations.add("expected " + StressPlan.GROUPS * StressPlan.MEMBERS + " tests, found " + outcomes.size());
    }

    for (int g = 0; g < StressPlan.GROUPS; g++) {
      String group = StressPlan.groupName(g);
      List<GroupCancellation> cancellations = run.groups().cancellations(group);
      if (plan.failing(g)) {
        String failerKey = StressPlan.key(g, plan.failer(g));
        if (cancellations.size() != 1) {
          violations.add(group + ": expected one cancellation, got " + cancellations.size());
        } else if (!cancellations.get(0).origin().contains("G" + group.substring(1))
            || !cancellations.get(0).origin().contains(".member")
            || !cancellations.get(0).detail().equals("IllegalStateException: stress failure " + failerKey)) {
          violations.add(group + ": cancelled by " + cancellations.get(0).describe());
        }
      } else if (!cancellations.isEmpty()) {
        violations.add(group + " (no failure planned) was cancelled: " + cancellations.get(0).describe());
      }

      for (int m = 0; m < StressPlan.MEMBERS; m++) {
        String key = StressPlan.key(g, m);
        TestResult t = outcomes.get(key);
        if (t == null) {
          continue;
        }
        Behaviour behaviour = plan.behaviour(g, m);
        Record record = plan.recorded(g, m);
        boolean ranUserCode = record != null && (record.beforeEachRan || record.bodyRan);
        String what = key + " (" + behaviour + ") " + t;

        // docs/rules.md G4.5: never a pending interrupt that is not the member's own group's cancellation
        if (record != null) {
          if (record.interruptedAtBeforeEach && !record.cancelledAtBeforeEach) {
            violations.add("interrupt flag set at @BeforeEach while its own group was not (yet) cancelled, on " + record.thread + ": " + what);
          }
          if (record.interruptedAtBody && !record.cancelledAtBody) {
            violations.add("interrupt flag set at body start while its own group was not (yet) cancelled, on " + record.thread + ": " + what);
          }
          if (record.interruptedAtAfterEach) {
            violations.add("cleanup started with a pending interrupt on " + record.thread + ": " + what);
          }
        }

        if (!plan.failing(g)) {
          if (t.status() != Status.PASSED) {
            violations.add("untouched group, not passed: " + what);
          }
          continue;
        }
        if (behaviour == Behaviour.FAIL) {
          if (t.status() != Status.FAILED || !(t.throwable() instanceof IllegalStateException)
              || !("stress failure " + key).equals(t.message())) {
            violations.add("the fatal failure is not reported as it is: " + what);
          }
          continue;
        }
        count(t.status() == Status.STOPPED
            ? (t.message().contains("was running") ? "stopped while running" : "stopped before start")
            : "cancelled group, " + t.status());
        if (record != null && record.blocked) {
          count("blocked until interrupted");
        }
        switch (t.status()) {
          case PASSED:
            if (record == null || !record.bodyReturned) {
              violations.add("passed without its body returning: " + what);
            }
            if (record != null && record.blocked) {
              violations.add("a blocked member passed (was never interrupted): " + what);
            }
            break;
          case STOPPED:
            if (!t.message().startsWith("stopped: group '" + group + "' cancelled by fatal failure in ")
                || !t.message().contains("IllegalStateException: stress failure " + StressPlan.key(g, plan.failer(g)))) {
              violations.add("stopped with a wrong message: " + what);
            }
            if (record != null && record.bodyReturned) {
              violations.add("returned normally but reported stopped: " + what);
            }
            if (!t.message().contains("was running") && ranUserCode) {
              violations.add("stopped as never started, but its user code ran: " + what
                  + " beforeEach=" + record.beforeEachRan + " body=" + record.bodyRan);
            }
            break;
          default:
            violations.add("a member of a cancelled group ended neither stopped nor passed: " + what);
        }
      }
    }
    if (!run.groups().alsoFailed().isEmpty()) {
      violations.add("also failed: " + run.groups().alsoFailed());
    }
    if (run.launcherThreadInterrupted()) {
      violations.add("the launcher's thread came back interrupted");
    }

    assertThat(violations).as("%s: %d violations", where, violations.size()).isEmpty();
  }
}
