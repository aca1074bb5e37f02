package dev.failfast.maven.run;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.maven.report.ClassResult;
import java.time.Duration;
import java.util.List;

/**
 * Several observers as one: each event goes to each of them, in order.
 *
 * @param observers the observers, the console first
 */
public record Observers(List<RunObserver> observers) implements RunObserver {

  public Observers {
    observers = List.copyOf(observers);
  }

  @Override
  public void planComplete(Plan plan) {
    observers.forEach(observer -> observer.planComplete(plan));
  }

  @Override
  public void output(String report, String stream, String text) {
    observers.forEach(observer -> observer.output(report, stream, text));
  }

  @Override
  public void classFinished(ClassResult result) {
    observers.forEach(observer -> observer.classFinished(result));
  }

  @Override
  public void groupCancelled(Cancellation cancellation, Stopping stopping) {
    observers.forEach(observer -> observer.groupCancelled(cancellation, stopping));
  }

  @Override
  public void memberOverdue(String test, Cancellation cancellation, Duration grace) {
    observers.forEach(observer -> observer.memberOverdue(test, cancellation, grace));
  }

  @Override
  public void stillRunning(Duration quiet, List<RunningTest> running) {
    observers.forEach(observer -> observer.stillRunning(quiet, running));
  }
}
