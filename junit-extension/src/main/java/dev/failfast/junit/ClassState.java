package dev.failfast.junit;

import dev.failfast.junit.classify.FailurePolicy;
import dev.failfast.junit.classify.GroupMembership;
import dev.failfast.junit.config.FailFastConfiguration;
import dev.failfast.junit.group.CancelScope;
import dev.failfast.junit.group.GroupRegistry;
import dev.failfast.junit.group.GroupRegistry.Binding;
import dev.failfast.junit.group.HeldBackFailure;
import dev.failfast.junit.group.Member;
import dev.failfast.junit.rerun.Reruns;
import java.util.Optional;
import java.util.function.Supplier;
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
  private final GroupRegistry registry;
  private final ClassState enclosing;
  private final Reruns reruns;
  private volatile boolean started;
  /** The throwable a {@code @BeforeAll} method ended with when the cancellation stopped it. */
  private volatile Throwable stoppedSetup;

  ClassState(GroupRegistry registry, Binding binding, ClassState enclosing, Reruns reruns) {
    this.registry = registry;
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
        key -> {
          GroupRegistry registry = configured(() -> registry(context, namespace));
          return new ClassState(registry, configured(() -> registry.bind(testClass)),
              context.getParent().filter(p -> p.getTestClass().isPresent()).map(p -> of(p, namespace)).orElse(null),
              configured(() -> Reruns.read(context::getConfigurationParameter)));
        },
        ClassState.class);
  }

  /** What {@code read} reads from the configuration; a bad setting fails the class, by name and fix. */
  private static <T> T configured(Supplier<T> read) {
    try {
      return read.get();
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
   * Classifies how the code of the node {@code originId} ended ({@link CancelScope#failed}) by its
   * group's policy; while a later attempt of a failing test is still to come (docs/rules.md
   * "Reruns"), nothing it throws cancels yet, and a fatal failure is held back for that attempt.
   *
   * @return what the code ends with: the failure itself, or a {@link dev.failfast.junit.TestStoppedException}
   */
  Throwable failed(Member member, Throwable failure, long caughtAtNanos, String originId, String origin) {
    FailurePolicy policy = binding.spec().policy();
    if (!reruns.defers(originId)) {
      return scope().failed(member, failure, caughtAtNanos, policy, originId, origin);
    }
    Throwable ended = scope().failed(member, failure, caughtAtNanos, FailurePolicy.NOTHING_IS_FATAL, originId, origin);
    if (ended == failure && policy.isFatal(failure)) {
      registry.holdBack(new HeldBackFailure(scope(), failure, originId, origin));
    }
    return ended;
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
