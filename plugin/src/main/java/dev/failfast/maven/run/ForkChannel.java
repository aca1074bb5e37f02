package dev.failfast.maven.run;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.ForkEvents;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.junit.fork.TestNode;
import dev.failfast.junit.fork.TestResult;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One test JVM's events on their way into the run's one {@link RunModel}: it knows which nodes are
 * this JVM's and how its run ended, so a JVM that dies is concluded alone (docs/rules.md G10 holds for
 * each), and it passes what concerns every test JVM, a cancellation of the whole run and each
 * failed test, to the run's {@link Crossing}. Its events come from the one reader thread of its
 * JVM; the watchdog reads its state.
 */
public final class ForkChannel implements ForkEvents {

  /** What a test JVM's events mean for the others. */
  public interface Crossing {

    /**
     * A cancellation of the whole run ({@code scope=run}, the failure budget) in {@code from}.
     *
     * @return whether the model hears of it: not when it only carries out one already told
     */
    boolean runCancelled(ForkChannel from, Cancellation cancellation);

    /** {@code from}'s run cancellation settled; returns whether the model hears of it. */
    boolean runSettled(ForkChannel from, Cancellation cancellation, long cancelLatencyNanos);

    /** A test of {@code from} failed or errored: its final result (reruns' earlier attempts are not). */
    void testFailed(ForkChannel from, TestNode test);
  }

  private final RunModel model;
  private final String name;
  private final Crossing crossing;
  private final Set<String> ids = ConcurrentHashMap.newKeySet();
  private final Map<String, TestNode> tests = new ConcurrentHashMap<>();
  private volatile boolean planComplete;
  private volatile boolean runFinished;
  private volatile String exiting;

  /** @param name the test JVM, as messages name it: {@code the test JVM}, {@code test JVM 2 of 3} */
  public ForkChannel(RunModel model, String name, Crossing crossing) {
    this.model = model;
    this.name = name;
    this.crossing = crossing;
  }

  public String name() {
    return name;
  }

  @Override
  public void systemProperties(Map<String, String> properties) {
    model.systemProperties(properties);
  }

  @Override
  public void planned(TestNode node) {
    ids.add(node.id());
    if (node.kind() == TestNode.Kind.TEST) {
      tests.put(node.id(), node);
    }
    model.planned(node);
  }

  @Override
  public void planComplete() {
    planComplete = true;
    model.planComplete();
  }

  @Override
  public void started(String id, long nanoTime) {
    model.started(id, nanoTime);
  }

  @Override
  public void finished(String id, TestResult result, long nanoTime) {
    model.finished(id, result, nanoTime);
    TestNode test = tests.get(id);
    if (test != null && (result.outcome() == Outcome.FAILED || result.outcome() == Outcome.ERROR)) {
      crossing.testFailed(this, test);
    }
  }

  /** An earlier attempt of a rerun test: never a failure for the budget, only the {@code finished} result is. */
  @Override
  public void attemptFailed(String id, TestResult result, long nanoTime) {
    model.attemptFailed(id, result, nanoTime);
  }

  @Override
  public void output(String id, String stream, String text) {
    model.output(id, stream, text);
  }

  @Override
  public void groupCancelled(Cancellation cancellation) {
    if (cancellation.group() != null || crossing.runCancelled(this, cancellation)) {
      model.groupCancelled(cancellation);
    }
  }

  @Override
  public void alsoFailed(Cancellation cancellation, String testId, String test, String failure) {
    model.alsoFailed(cancellation, testId, test, failure);
  }

  @Override
  public void memberOverdue(Cancellation cancellation, String testId, String test, Duration grace, String stack) {
    model.memberOverdue(cancellation, testId, test, grace, stack);
  }

  @Override
  public void groupSettled(Cancellation cancellation, long cancelLatencyNanos) {
    if (cancellation.group() != null || crossing.runSettled(this, cancellation, cancelLatencyNanos)) {
      model.groupSettled(cancellation, cancelLatencyNanos);
    }
  }

  @Override
  public void exiting(String how) {
    exiting = how;
  }

  @Override
  public void aborted(String problem) {
    model.aborted(problem);
  }

  @Override
  public void runFinished() {
    runFinished = true;
  }

  /** Whether the test JVM reported the end of its run. */
  public boolean finishedRun() {
    return runFinished;
  }

  /** Nullable: what the test JVM said while shutting down early. */
  public String exiting() {
    return exiting;
  }

  /**
   * Whether all that is left of this test JVM's run are tests overdue after a cancellation: then it
   * can be ended without waiting for threads Java cannot kill (docs/rules.md G7).
   */
  public boolean onlyOverdueLeft() {
    return planComplete && !runFinished && model.onlyOverdueLeft(ids::contains);
  }

  /**
   * Gives each of this test JVM's nodes without a result one, once the JVM is gone.
   *
   * @param runningMessage why running tests failed, e.g. the test JVM died and how
   * @param pendingMessage why tests that never started did not, starting with {@code stopped: }
   */
  public void finishUnfinished(String runningMessage, String pendingMessage) {
    model.finishUnfinished(ids::contains, runningMessage, pendingMessage);
  }
}
