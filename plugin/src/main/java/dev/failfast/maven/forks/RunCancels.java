package dev.failfast.maven.forks;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.RunCancelOrder;
import dev.failfast.junit.fork.TestNode;
import dev.failfast.junit.group.CancelReason;
import dev.failfast.junit.group.GroupCancellation;
import dev.failfast.junit.group.GroupRegistry.RunCancel;
import dev.failfast.maven.fork.ForkProcess;
import dev.failfast.maven.report.CrossForkCancel;
import dev.failfast.maven.run.ForkChannel;
import dev.failfast.maven.run.RunModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The build JVM's part in cancelling a run spread over test JVMs: the first cancellation of the
 * whole run, a {@code scope=run} one in any test JVM or the failure budget reached, is the run's;
 * every other test JVM is told to cancel its run the same way ({@code cancelRun},
 * docs/fork-protocol.md), and what each then reports of it is not told again. A later cancellation
 * of the run by a fatal failure of its own in another test JVM is one that raced the first
 * (docs/rules.md G4.4). Records how long each other test JVM took to carry it out and to settle,
 * from the moment the build JVM had the cancellation.
 */
public final class RunCancels implements ForkChannel.Crossing {

  private final RunModel model;
  private final FailureBudget budget;
  private final Map<ForkChannel, ForkProcess> forks = new LinkedHashMap<>();
  private final Map<ForkChannel, Long> reached = new LinkedHashMap<>();
  private final Map<ForkChannel, Long> settled = new LinkedHashMap<>();
  private Cancellation first;
  /** Where {@link #first} came from; {@code null} when the build JVM decided it (the budget). */
  private ForkChannel firstFrom;
  private long receivedAtNanos;

  public RunCancels(RunModel model, FailureBudget budget) {
    this.model = model;
    this.budget = budget;
  }

  /** Adds a test JVM of the run, before it starts. */
  public synchronized void add(ForkChannel channel, ForkProcess process) {
    forks.put(channel, process);
  }

  @Override
  public boolean runCancelled(ForkChannel from, Cancellation cancellation) {
    List<ForkProcess> toTell;
    synchronized (this) {
      if (first != null) {
        if (from == firstFrom) {
          return true;
        }
        if (Objects.equals(cancellation.originId(), first.originId())) {
          reached.putIfAbsent(from, System.nanoTime() - receivedAtNanos); // its first scope decided
        } else if (cancellation.reason().equals(CancelReason.FATAL_FAILURE.name())) {
          model.alsoFailed(first, cancellation.originId(), cancellation.origin(), cancellation.detail());
        }
        return false; // the run is cancelled already: this test JVM carries that out, or raced it
      }
      toTell = decide(cancellation, from);
    }
    tell(toTell, cancellation);
    return true;
  }

  @Override
  public synchronized boolean runSettled(ForkChannel from, Cancellation cancellation, long cancelLatencyNanos) {
    if (from == firstFrom) {
      return true;
    }
    if (first != null && Objects.equals(cancellation.originId(), first.originId())) {
      // The last of its scopes to settle ends this test JVM's part (several with a budget and scope=group).
      settled.put(from, System.nanoTime() - receivedAtNanos);
    }
    return false;
  }

  @Override
  public void testFailed(ForkChannel from, TestNode test) {
    if (!budget.failed()) {
      return;
    }
    Cancellation reached = Cancellation.of(new GroupCancellation(null, CancelReason.FAILURE_BUDGET, test.id(),
        test.className() + "." + test.name(), budget.reached(), null, 0, 0));
    List<ForkProcess> toTell;
    synchronized (this) {
      if (first != null) {
        return; // a scope=run cancellation came first
      }
      toTell = decide(reached, null);
      model.groupCancelled(reached);
    }
    tell(toTell, reached);
  }

  /** How the run's cancellation reached each test JVM told of it, as the build JVM saw it. */
  public synchronized CrossForkCancel crossForkCancel() {
    return new CrossForkCancel(List.copyOf(reached.values()), List.copyOf(settled.values()));
  }

  /** Called holding the lock: the cancellation becomes the run's; returns who must be told. */
  private List<ForkProcess> decide(Cancellation cancellation, ForkChannel from) {
    first = cancellation;
    firstFrom = from;
    receivedAtNanos = System.nanoTime();
    List<ForkProcess> others = new ArrayList<>();
    forks.forEach((channel, process) -> {
      if (channel != from) {
        others.add(process);
      }
    });
    return others;
  }

  private static void tell(List<ForkProcess> forks, Cancellation cancellation) {
    RunCancel order = new RunCancel(CancelReason.valueOf(cancellation.reason()), cancellation.originId(),
        cancellation.origin(), cancellation.detail());
    forks.forEach(process -> process.send(toTestJvm -> RunCancelOrder.send(toTestJvm, order)));
  }
}
