package dev.failfast.maven.forks;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.run.RunObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the console in the order one test JVM gives it: a test JVM can finish classes before
 * another has planned, so what happens before the whole run's plan is told (classes finished,
 * cancellations) waits for it, then follows it in the order it came. Test output and the
 * still-running report pass at once: they are bounded only by what the tests print. What waits is
 * told at {@link #flush} if the plan never comes (a test JVM that died before planning).
 */
public final class PlanFirst implements RunObserver {

  private final RunObserver console;
  private List<Runnable> waiting = new ArrayList<>();

  public PlanFirst(RunObserver console) {
    this.console = console;
  }

  @Override
  public synchronized void planComplete(Plan plan) {
    console.planComplete(plan);
    flush();
  }

  @Override
  public void output(String report, String stream, String text) {
    console.output(report, stream, text);
  }

  @Override
  public synchronized void classFinished(ClassResult result) {
    afterPlan(() -> console.classFinished(result));
  }

  @Override
  public synchronized void groupCancelled(Cancellation cancellation, Stopping stopping) {
    afterPlan(() -> console.groupCancelled(cancellation, stopping));
  }

  @Override
  public synchronized void memberOverdue(String test, Cancellation cancellation, Duration grace) {
    afterPlan(() -> console.memberOverdue(test, cancellation, grace));
  }

  @Override
  public void stillRunning(Duration quiet, List<RunningTest> running) {
    console.stillRunning(quiet, running);
  }

  /** Tells what waits for the plan, and from now on everything at once. */
  public synchronized void flush() {
    if (waiting != null) {
      waiting.forEach(Runnable::run);
      waiting = null;
    }
  }

  private void afterPlan(Runnable told) {
    if (waiting == null) {
      told.run();
    } else {
      waiting.add(told);
    }
  }
}
