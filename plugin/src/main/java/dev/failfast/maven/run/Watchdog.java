package dev.failfast.maven.run;

import dev.failfast.junit.config.Durations;
import dev.failfast.maven.fork.ForkProcess;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.logging.Log;

/**
 * Watches the running test JVMs once a second: ends them all when the run timeout expires, and each
 * when only tests overdue after a cancellation are left of its run (docs/rules.md G7), and reports the
 * running tests whenever nothing has finished for a while. A check that fails is logged once and the next one runs all the
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

  /** A test JVM: its process, and its part of the run. */
  public record Watched(ForkProcess process, ForkChannel channel) {}

  private final RunModel model;
  private final List<Watched> forks;
  private final Stop[] stops;
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
  private boolean timedOut;
  private Duration lastQuietReport = Duration.ZERO;
  private boolean failureLogged;

  public Watchdog(RunModel model, List<Watched> forks, Limits limits, RunObserver observer, Log log) {
    this.model = model;
    this.forks = List.copyOf(forks);
    this.stops = new Stop[forks.size()];
    Arrays.fill(stops, Stop.NONE);
    this.timeout = limits.timeout();
    this.quietReport = limits.quietReport();
    this.observer = observer;
    this.log = log;
  }

  public Watchdog start() {
    scheduler.scheduleWithFixedDelay(this::checkSurviving, 1, 1, TimeUnit.SECONDS);
    return this;
  }

  /** Why the watchdog ended the {@code index}-th test JVM, if it did. */
  public synchronized Stop stop(int index) {
    return timedOut ? Stop.TIMEOUT : stops[index];
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

  synchronized void check() {
    if (timedOut) {
      return;
    }
    if (!timeout.isZero() && Duration.ofNanos(System.nanoTime() - start).compareTo(timeout) >= 0) {
      timedOut = true;
      forks.forEach(fork -> fork.process().destroy("was ended after the run timeout of " + Durations.format(timeout)
          + " expired"));
      return;
    }
    for (int i = 0; i < forks.size(); i++) {
      if (stops[i] == Stop.NONE && forks.get(i).channel().onlyOverdueLeft()) {
        stops[i] = Stop.OVERDUE;
        forks.get(i).process().destroy("was ended without waiting for tests that did not stop within the grace"
            + " after their group was cancelled");
      }
    }
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

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
