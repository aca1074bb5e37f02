package dev.failfast.maven.forks;

import dev.failfast.junit.fork.ForkSettings;
import dev.failfast.junit.partition.RunPart;
import dev.failfast.maven.fork.ForkExit;
import dev.failfast.maven.fork.ForkProcess;
import dev.failfast.maven.report.CrossForkCancel;
import dev.failfast.maven.run.ForkChannel;
import dev.failfast.maven.run.RunEnding;
import dev.failfast.maven.run.RunModel;
import dev.failfast.maven.run.Watchdog;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.maven.plugin.logging.Log;

/**
 * The test JVMs of one run ({@code forkCount}), side by side: each gets the run's settings plus
 * its part ({@code failfast.parts}: the test JVM keeps groups whole and runs only its share), its
 * events go through its {@link ForkChannel} into the run's one {@link RunModel}, so the console and
 * the reports are those of one test JVM, and a cancellation of the whole run reaches them all
 * through {@link RunCancels}. Each has its own grace and exit timeout; one that dies is concluded
 * alone and takes nothing of the others with it.
 */
public final class ForkRun {

  /** How to start the {@code index}-th test JVM. */
  @FunctionalInterface
  public interface Launches {
    ForkProcess.Launch launch(int index) throws IOException;
  }

  /**
   * What the test JVMs share: the model, the console (the model's observer too), the watchdog's
   * limits, the log, and the exit timeout.
   */
  public record Context(RunModel model, PlanFirst observer, Watchdog.Limits limits, Log log, Duration exitTimeout) {}

  private final Context context;
  private final ForkSettings settings;
  private final RunCancels cancels;
  private final List<Watchdog.Watched> forks = new ArrayList<>();
  private final List<ForkExit> exits = new ArrayList<>();
  private final Watchdog watchdog;

  public ForkRun(Context context, ForkCount count, FailureBudget budget, ForkSettings settings) {
    this.context = context;
    this.settings = settings;
    this.cancels = new RunCancels(context.model(), budget);
    for (int index = 0; index < count.count(); index++) {
      ForkProcess process = new ForkProcess(context.log(), context.exitTimeout());
      String name = count.count() == 1 ? "the test JVM" : "test JVM " + (index + 1) + " of " + count.count();
      ForkChannel channel = new ForkChannel(context.model(), name, cancels);
      cancels.add(channel, process);
      forks.add(new Watchdog.Watched(process, channel));
    }
    this.watchdog = new Watchdog(context.model(), forks, context.limits(), context.observer(), context.log());
  }

  /**
   * Runs every test JVM to its end.
   *
   * @throws IOException the first problem that kept a test JVM from running (another failfast
   *     version, a port); the others have been ended
   */
  public void run(Launches launches) throws IOException, InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(forks.size(), runnable -> {
      Thread thread = new Thread(runnable, "failfast-test-jvm");
      thread.setDaemon(true);
      return thread;
    });
    List<Future<ForkExit>> running = new ArrayList<>();
    try (Watchdog watching = watchdog.start()) {
      try {
        for (int index = 0; index < forks.size(); index++) {
          Watchdog.Watched fork = forks.get(index);
          ForkProcess.Launch launch = launches.launch(index);
          ForkSettings part = part(settings, index, forks.size());
          running.add(threads.submit(() -> fork.process().run(launch, part, fork.channel())));
        }
      } catch (IOException | RuntimeException e) {
        forks.forEach(fork -> fork.process().destroy("was ended: another test JVM of the run could not start"));
        throw e;
      }
      awaitAll(running);
    } finally {
      threads.shutdownNow();
      context.observer().flush(); // a test JVM that died before its plan: the plan is never told
    }
  }

  /** How the run ended: each test JVM concluded alone, in their order. */
  public RunEnding conclude() {
    List<RunEnding> endings = new ArrayList<>();
    for (int index = 0; index < forks.size(); index++) {
      endings.add(RunEnding.conclude(forks.get(index).channel(), exits.get(index), watchdog.stop(index)));
    }
    return RunEnding.of(endings);
  }

  /** How a cancellation of the whole run reached the other test JVMs, as the build JVM saw it. */
  public CrossForkCancel crossForkCancel() {
    return cancels.crossForkCancel();
  }

  /** The settings of the {@code index}-th of {@code count} test JVMs: its share after any shard. */
  static ForkSettings part(ForkSettings settings, int index, int count) {
    if (count == 1) {
      return settings;
    }
    Map<String, String> parameters = new LinkedHashMap<>(settings.parameters());
    String share = (index + 1) + "/" + count;
    parameters.merge(RunPart.PARTS, share, (shard, fork) -> shard + "," + fork);
    return new ForkSettings(settings.classes(), settings.methodFilters(), settings.includeTags(),
        settings.excludeTags(), parameters, settings.threads());
  }

  /** Waits for every test JVM; on the first that could not run, ends the others and throws its problem. */
  private void awaitAll(List<Future<ForkExit>> running) throws IOException, InterruptedException {
    Throwable problem = null;
    for (Future<ForkExit> fork : running) {
      try {
        exits.add(fork.get());
      } catch (ExecutionException e) {
        if (problem == null) {
          problem = e.getCause();
          forks.forEach(other -> other.process().destroy("was ended: another test JVM of the run could not run"));
        }
      } catch (InterruptedException e) {
        forks.forEach(other -> other.process().destroy("was ended because the build was interrupted"));
        throw e;
      }
    }
    if (problem instanceof IOException io) {
      throw io;
    } else if (problem instanceof InterruptedException interrupted) {
      throw interrupted;
    } else if (problem instanceof RuntimeException runtime) {
      throw runtime;
    } else if (problem != null) {
      throw new IOException(problem);
    }
  }
}
