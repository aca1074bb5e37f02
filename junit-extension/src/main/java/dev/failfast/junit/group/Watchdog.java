package dev.failfast.junit.group;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Runs grace deadlines on one daemon thread that exists only while a deadline is pending. */
final class Watchdog {

  private static final ScheduledThreadPoolExecutor SCHEDULER = createScheduler();

  private Watchdog() {}

  static void schedule(Runnable task, Duration delay) {
    SCHEDULER.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  private static ScheduledThreadPoolExecutor createScheduler() {
    ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "failfast-grace-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.setKeepAliveTime(1, TimeUnit.SECONDS);
    scheduler.allowCoreThreadTimeOut(true);
    scheduler.setRemoveOnCancelPolicy(true);
    return scheduler;
  }
}
