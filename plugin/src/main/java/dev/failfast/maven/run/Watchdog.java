package dev.failfast.maven.run;

import dev.failfast.junit.config.Durations;
import dev.failfast.maven.fork.ForkProcess;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.logging.Log;

/**
 * Watches a running test JVM once a second: ends it when the run timeout expires or when only tests
 * overdue after a cancellation are left (docs/rules.md G7), and reports the running tests whenever
 * nothing has finished for a while. A check that fails is logged once and the next one runs all the
 * same: a scheduled task that throws would never run again.
 */
public final class Watchdog implements AutoCloseable {

  /** Why the watchdog ended the test JVM. */
  public enum Stop {
    NONE,
    TIMEOUT,
    OVERDUE
  }

  /**
   * @param timeout the whole run's limit; zero for none
   * @param quietReport how long nothing may finish before the running tests are named
   */
  public record Limits(Duration timeout, Duration quietReport) {}

  private final RunModel model;
  private final ForkProcess fork;
  private final Duration timeout;
  private final Duration quietReport;
  private final RunObserver observer;
  private final Log log;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "failfast-watchdog");
    thread.setDaemon(true);
    return thread;
  });
  private volatile Stop stop = Stop.NONE;
  private Duration lastQuietReport = Duration.ZERO;
  private boolean failureLogged;

  public Watchdog(RunModel model, ForkProcess fork, Limits limits, RunObserver observer, Log log) {
    this.model = model;
    this.fork = fork;
    this.timeout = limits.timeout();
    this.quietReport = limits.quietReport();
    this.observer = observer;
    this.log = log;
  }

  public Watchdog start() {
    scheduler.scheduleWithFixedDelay(this::checkSurviving, 1, 1, TimeUnit.SECONDS);
    return this;
  }

  public Stop stop() {
    return stop;
  }

  /** Runs one check; whatever it throws is logged once, and the checks go on. */
  void checkSurviving() {
    try {
      check();
    } catch (RuntimeException | Error e) {
      if (!failureLogged) {
        failureLogged = true;
        log.warn("failfast's watch over the test JVM failed once and goes on: " + e, e);
      }
    }
  }

  void check() {
    if (stop != Stop.NONE) {
      return;
    }
    if (!timeout.isZero() && Duration.ofNanos(System.nanoTime() - start).compareTo(timeout) >= 0) {
      stop = Stop.TIMEOUT;
      fork.destroy("was ended after the run timeout of " + Durations.format(timeout) + " expired");
    } else if (model.onlyOverdueLeft()) {
      stop = Stop.OVERDUE;
      fork.destroy("was ended without waiting for tests that did not stop within the grace after their group"
          + " was cancelled");
    } else {
      Duration quiet = model.quietFor();
      // Once per quiet period: at 30 s, 60 s, ... of nothing finishing.
      if (quiet.compareTo(lastQuietReport.plus(quietReport)) >= 0) {
        List<RunObserver.RunningTest> running = model.running();
        if (!running.isEmpty()) {
          observer.stillRunning(quiet, running);
        }
        lastQuietReport = quiet;
      } else if (quiet.compareTo(lastQuietReport) < 0) {
        lastQuietReport = Duration.ZERO; // something finished: start counting again
      }
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
