package dev.failfast.junit;

import static dev.failfast.junit.TestNames.methodOrigin;
import static dev.failfast.junit.TestNames.testOrigin;
import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.group.CancelScope;
import dev.failfast.junit.group.GroupRegistry.Binding;
import dev.failfast.junit.group.Member;
import dev.failfast.junit.group.MemberSignal;
import dev.failfast.junit.stop.WholeStop;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Connects Jupiter's callbacks to the group state. Registered by {@link FailFastGroup}, or for
 * every class through extension auto-detection (which {@code scope=run} needs).
 *
 * <p>A member's life: it passes the gate ({@link CancelScope#admit}) before any of its code runs
 * (a test in {@link #beforeEach}, a {@code @BeforeAll} method or dynamic test in its interceptor);
 * each phase of its code then runs through {@code run}, which opens and closes its window; it
 * ends ({@link CancelScope#end}) after its cleanup. A class starts when its first member passes
 * the gate; cleanup ({@code @AfterEach}, {@code @AfterAll}) is skipped only for what never started.
 * A class in no group is bound to {@link Binding#NONE}, whose gate never closes, so the same path
 * leaves it as it would run without failfast (docs/rules.md G11). Under failfast's test JVM a
 * container that has not started when its scope is cancelled never gets this far: {@link WholeStop}.
 */
@API(status = INTERNAL, since = "0.1")
public final class FailFastExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ExecutionCondition,
        InvocationInterceptor,
        ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(FailFastExtension.class);

  /**
   * The key of the report entry each grouped class publishes with its group's name, as its
   * Surefire report's {@code failfast.group} property names it.
   */
  private static final String GROUP_REPORT_ENTRY = "failfast.group";

  /** Where a call stands in a member's life: whether it may be interrupted, whether it ends the body. */
  private enum Phase {
    /** Constructing the test instance: before the gate, so part of no member, never interrupted. */
    CONSTRUCTION(false),
    /** {@code @BeforeEach} methods. */
    SETUP(true),
    /** A test, a dynamic test, or a {@code @BeforeAll} method (a class's member): its return ends the body. */
    BODY(true),
    /** {@code @AfterEach} and {@code @AfterAll} methods: never interrupted, so cleanup runs whole (docs/rules.md G4.3). */
    CLEANUP(false);

    private final boolean interruptible;

    Phase(boolean interruptible) {
      this.interruptible = interruptible;
    }
  }

  // ---- class level ------------------------------------------------------------------------

  /** Under failfast's test JVM, a container of a cancelled scope that has not started is stopped whole. */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return WholeStop.evaluate(context, () -> classState(context).scope());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String group = classState(context).binding.spec().name();
    if (!group.isBlank()) { // an ungrouped class has none, even when scope=run binds it to the run
      // For JUnit's Open Test Reporting and IDEs; Surefire's and failfast's reports ignore report entries.
      context.publishReportEntry(GROUP_REPORT_ENTRY, group);
    }
  }

  @Override
  public <T> T interceptTestClassConstructor(
      Invocation<T> invocation, ReflectiveInvocationContext<Constructor<T>> invocationContext, ExtensionContext context)
      throws Throwable {
    // Constructing is not gated: Jupiter builds the instance before it evaluates conditions such
    // as @Disabled, so a gate here would report a disabled test as stopped. No code of a test
    // that was not admitted runs after its constructor.
    Class<?> constructed = invocationContext.getExecutable().getDeclaringClass();
    return run(invocation, classState(context), null, Phase.CONSTRUCTION, context.getUniqueId(),
        "new " + constructed.getName() + "()");
  }

  @Override
  public void interceptBeforeAllMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    ClassState state = classState(context);
    String origin = methodOrigin(context, invocationContext.getExecutable());
    // In a sequential group a class sets up in its turn, once the tests before its first are done.
    Member member = state.setupStopped() ? null : state.scope().admit(context.getUniqueId(), origin, state.binding.turn());
    if (member == null) {
      invocation.skip(); // the class never starts: each of its tests is reported stopped at its gate
      return;
    }
    state.markStarted();
    try {
      run(invocation, state, member, Phase.BODY, context.getUniqueId(), origin);
    } catch (TestStoppedException stopped) {
      if (!state.scope().isCancelled()) {
        throw stopped; // thrown by the code itself, not by the cancellation
      }
      state.setupStopped(stopped); // let every test of the class be reported stopped on its own
    } finally {
      state.scope().end(member);
    }
  }

  @Override
  public void interceptAfterAllMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    ClassState state = classState(context);
    if (state.neverStarted()) {
      invocation.skip(); // nothing of the class started, so there is nothing to clean up
      return;
    }
    run(invocation, state, null, Phase.CLEANUP, context.getUniqueId(), methodOrigin(context, invocationContext.getExecutable()));
  }

  // ---- test level -------------------------------------------------------------------------

  @Override
  public void beforeEach(ExtensionContext context) {
    ClassState state = classState(context);
    Member member = state.scope().admit(context.getUniqueId(), testOrigin(context), state.binding.turn());
    if (member == null) {
      throw state.notStarted();
    }
    state.markStarted();
    context.getStore(NAMESPACE).put(Member.class, member);
  }

  @Override
  public void interceptBeforeEachMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    run(invocation, classState(context), member(context), Phase.SETUP, context.getUniqueId(),
        methodOrigin(context, invocationContext.getExecutable()));
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    runBody(invocation, context);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    runBody(invocation, context);
  }

  @Override
  public <T> T interceptTestFactoryMethod(
      Invocation<T> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    return runBody(invocation, context);
  }

  @Override
  public void interceptDynamicTest(
      Invocation<Void> invocation, DynamicTestInvocationContext invocationContext, ExtensionContext context)
      throws Throwable {
    // A dynamic test has no callbacks of its own: it passes its gate here. In a sequential group
    // its factory holds the group's turn, so its dynamic tests take turns among themselves.
    ClassState state = classState(context);
    CancelScope scope = state.scope();
    Member factory = member(context);
    Member member =
        scope.admit(context.getUniqueId(), testOrigin(context), factory == null ? null : scope.childTurn(factory));
    if (member == null) {
      invocation.skip();
      throw state.notStarted();
    }
    try {
      run(invocation, state, member, Phase.BODY, context.getUniqueId(), testOrigin(context));
    } finally {
      scope.end(member);
    }
  }

  @Override
  public void interceptAfterEachMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    ClassState state = classState(context);
    Member member = member(context);
    if (state.neverStarted(member)) {
      invocation.skip(); // the test never started, so there is nothing to clean up
      return;
    }
    if (member != null) {
      state.scope().endBody(member); // when setup failed, the body never ran
    }
    run(invocation, state, member, Phase.CLEANUP, context.getUniqueId(), methodOrigin(context, invocationContext.getExecutable()));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClassState state = classState(context);
    Member member = context.getStore(NAMESPACE).remove(Member.class, Member.class);
    classifyCallbackFailure(context, state, member);
    if (member != null) {
      state.scope().end(member);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    classifyCallbackFailure(context, classState(context), null);
  }

  /**
   * A failure in another extension's callback (docs/rules.md G3) never passes through an interceptor; it is
   * classified here, once Jupiter has recorded it. Failures seen before are not counted again.
   */
  private static void classifyCallbackFailure(ExtensionContext context, ClassState state, Member member) {
    Optional<Throwable> failure = context.getExecutionException();
    if (failure.isPresent()) {
      state.failed(member, failure.get(), state.scope().nanoTime(), context.getUniqueId(), testOrigin(context));
    }
  }

  // ---- GroupSignal parameters -------------------------------------------------------------

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
    return parameterContext.getParameter().getType() == GroupSignal.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    ClassState state = classState(context);
    if (state.binding.isNone()) {
      throw new ParameterResolutionException(
          "GroupSignal is only available to members of a fail-fast group; annotate "
              + context.getRequiredTestClass().getName() + " with @FailFastGroup(\"<name>\")");
    }
    return new MemberSignal(state.binding.group(), member(context), context.getUniqueId(), testOrigin(context));
  }

  // ---- a member's code ----------------------------------------------------------------------

  private <T> T runBody(Invocation<T> invocation, ExtensionContext context) throws Throwable {
    return run(invocation, classState(context), member(context), Phase.BODY, context.getUniqueId(), testOrigin(context));
  }

  /**
   * Runs one phase of a member's code, or with no member code of its class: the one place where a
   * window opens and closes. An interruptible phase opens the member's window first, and closes it
   * in {@code finally} whatever the code does, which clears any interrupt the cancellation
   * delivered, so none outlives the member (docs/rules.md G4.5); a body's end also ends the
   * member's body. What the code threw is classified after that, outside the window
   * (docs/rules.md G3, G4.2, G4.4): a listener the classification calls never runs with the
   * cancellation's interrupt set.
   */
  private static <T> T run(
      Invocation<T> invocation, ClassState state, Member member, Phase phase, String originId, String origin)
      throws Throwable {
    CancelScope scope = state.scope();
    if (phase.interruptible && !scope.enter(member)) {
      invocation.skip(); // notified between two pieces of its code: stop at this checkpoint
      if (phase == Phase.BODY) {
        scope.endBody(member);
      }
      throw scope.stopped(member, null);
    }
    T result = null;
    Throwable failure = null;
    long caughtAtNanos = 0;
    try {
      result = invocation.proceed();
    } catch (Throwable thrown) {
      // before the window closes: a failure that races the cancellation stays one (docs/rules.md G4.4)
      caughtAtNanos = scope.nanoTime();
      failure = thrown;
    } finally {
      if (phase.interruptible) {
        scope.exit(member);
      }
      if (phase == Phase.BODY) {
        scope.endBody(member);
      }
    }
    if (failure != null) {
      throw state.failed(member, failure, caughtAtNanos, originId, origin);
    }
    if (phase == Phase.BODY && member.isOverdue()) {
      throw scope.stopped(member, null); // it returned, but after its grace ran out (docs/rules.md G7)
    }
    return result;
  }

  // ---- state lookup -----------------------------------------------------------------------

  private static Member member(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(Member.class, Member.class);
  }

  private static ClassState classState(ExtensionContext context) {
    return ClassState.of(context, NAMESPACE);
  }
}
