package dev.failfast.junit;

import dev.failfast.junit.classify.FailurePolicy;
import dev.failfast.junit.classify.GroupMembership;
import dev.failfast.junit.config.FailFastConfiguration;
import dev.failfast.junit.group.CancelScope;
import dev.failfast.junit.group.GroupRegistry;
import dev.failfast.junit.group.GroupRegistry.Binding;
import dev.failfast.junit.group.Member;
import dev.failfast.junit.rerun.Reruns;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * What failfast knows of one test class while it runs: its binding (found through the run's
 * {@link GroupRegistry}), and whether anything of it passed the gate. A class in no group is bound to {@link Binding#NONE}: nothing of it is gated,
 * so all of it counts as started and its cleanup always runs (docs/rules.md G11).
 */
final class ClassState {

  private record Key(Class<?> testClass) {}

  final Binding binding;
  private final ClassState enclosing;
  private final Reruns reruns;
  private volatile boolean started;
  /** The throwable a {@code @BeforeAll} method ended with when the cancellation stopped it. */
  private volatile Throwable stoppedSetup;

  ClassState(Binding binding, ClassState enclosing, Reruns reruns) {
    this.binding = binding;
    this.enclosing = enclosing;
    this.reruns = reruns;
    this.started = binding.isNone();
  }

  /**
   * The state of the context's class, kept in {@code namespace}. Stores are hierarchical: a test
   * finds its class's state, a nested class creates its own.
   */
  static ClassState of(ExtensionContext context, Namespace namespace) {
    Class<?> testClass = TestNames.nearest(context, ExtensionContext::getTestClass);
    return context.getStore(namespace).getOrComputeIfAbsent(
        new Key(testClass),
        key -> new ClassState(
            binding(context, namespace, testClass),
            context.getParent().filter(p -> p.getTestClass().isPresent()).map(p -> of(p, namespace)).orElse(null),
            reruns(context)),
        ClassState.class);
  }

  private static Reruns reruns(ExtensionContext context) {
    try {
      return Reruns.read(context::getConfigurationParameter);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(e.getMessage(), e); // names the problem and the fix
    }
  }

  private static Binding binding(ExtensionContext context, Namespace namespace, Class<?> testClass) {
    try {
      return registry(context, namespace).bind(testClass);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(e.getMessage(), e); // names the problem and the fix
    }
  }

  private static GroupRegistry registry(ExtensionContext context, Namespace namespace) {
    Optional<String> sharedRun = context.getConfigurationParameter(GroupRegistry.SHARED_RUN);
    if (sharedRun.isPresent()) {
      return GroupRegistry.shared(sharedRun.get(), () -> createRegistry(context));
    }
    return context.getRoot().getStore(namespace).getOrComputeIfAbsent(
        GroupRegistry.class, key -> createRegistry(context), GroupRegistry.class);
  }

  private static GroupRegistry createRegistry(ExtensionContext context) {
    ClassLoader loader = context.getTestClass().map(Class::getClassLoader)
        .orElseGet(() -> Thread.currentThread().getContextClassLoader());
    FailFastConfiguration configuration = FailFastConfiguration.read(context::getConfigurationParameter, loader);
    boolean cancellableRun = context.getConfigurationParameter(GroupRegistry.CANCELLABLE_RUN, Boolean::parseBoolean)
        .orElse(false);
    return new GroupRegistry(configuration, new GroupMembership(configuration, context::getConfigurationParameter, loader),
        cancellableRun);
  }

  /**
   * The policy a failure of the node {@code uniqueId} is classified by: its group's, except while
   * a later attempt of a failing test is still to come (docs/rules.md "Reruns"), when nothing it
   * throws cancels yet.
   */
  FailurePolicy policy(String uniqueId) {
    return reruns.defers(uniqueId) ? FailurePolicy.NOTHING_IS_FATAL : binding.spec().policy();
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
