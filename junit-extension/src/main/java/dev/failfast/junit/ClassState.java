package dev.failfast.junit;

import dev.failfast.junit.group.CancelScope;
import dev.failfast.junit.group.GroupRegistry.Binding;
import dev.failfast.junit.group.Member;

/**
 * What failfast knows of one test class while it runs: its binding, and whether anything of it
 * passed the gate. A class in no group is bound to {@link Binding#NONE}: nothing of it is gated,
 * so all of it counts as started and its cleanup always runs (docs/rules.md G11).
 */
final class ClassState {

  final Binding binding;
  private final ClassState enclosing;
  private volatile boolean started;
  /** The throwable a {@code @BeforeAll} method ended with when the cancellation stopped it. */
  private volatile Throwable stoppedSetup;

  ClassState(Binding binding, ClassState enclosing) {
    this.binding = binding;
    this.enclosing = enclosing;
    this.started = binding.isNone();
  }

  CancelScope scope() {
    return binding.scope();
  }

  void markStarted() {
    for (ClassState s = this; s != null; s = s.enclosing) {
      s.started = true;
    }
  }

  /** Whether the gate kept all of the class from starting: its {@code @AfterAll} has nothing to clean up. */
  boolean neverStarted() {
    return !started;
  }

  /** Whether the gate kept a test from starting ({@code member} is what it passed the gate as). */
  boolean neverStarted(Member member) {
    return member == null && !binding.isNone();
  }

  /** Whether a {@code @BeforeAll} method was stopped: then the class's tests stop at their gate too. */
  boolean setupStopped() {
    return stoppedSetup != null;
  }

  void setupStopped(TestStoppedException stopped) {
    stoppedSetup = stopped.getCause() != null ? stopped.getCause() : stopped;
  }

  /** The exception for a test of the class that never started because its scope was cancelled. */
  TestStoppedException notStarted() {
    TestStoppedException stopped = scope().notStarted();
    if (stoppedSetup != null) {
      stopped.initCause(stoppedSetup);
    }
    return stopped;
  }
}
