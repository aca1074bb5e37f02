package dev.failfast.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.classify.GroupMembership;
import dev.failfast.junit.config.FailFastConfiguration;
import dev.failfast.junit.group.CancelScope;
import dev.failfast.junit.group.GroupRegistry;
import dev.failfast.junit.group.GroupRegistry.Binding;
import dev.failfast.junit.group.Member;
import dev.failfast.junit.group.MemberSignal;
import dev.failfast.junit.group.Turn;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
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
 * <p>The gate: a test starts when {@link #beforeEach} admits it, before any of its setup runs; a
 * class starts when its first {@code @BeforeAll} method or test is admitted. Setup and body run
 * in an interruptible window; cleanup ({@code @AfterEach}, {@code @AfterAll}) never does, and is
 * skipped only for what never started.
 */
@API(status = INTERNAL, since = "0.1")
public final class FailFastExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        InvocationInterceptor,
        ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(FailFastExtension.class);

  /** Where a call stands in a member's life: what may be interrupted, what ends its body. */
  private enum Phase {
    SETUP,
    BODY,
    CLEANUP
  }

  /** Per test class: its binding, and whether anything of it started. */
  private static final class ClassState {
    private final Binding binding;
    private final ClassState enclosing;
    private volatile boolean started;
    /** The throwable a {@code @BeforeAll} method ended with when the cancellation stopped it. */
    private volatile Throwable stoppedSetup;

    ClassState(Binding binding, ClassState enclosing) {
      this.binding = binding;
      this.enclosing = enclosing;
    }

    CancelScope scope() {
      return binding.group().scope();
    }

    void markStarted() {
      for (ClassState s = this; s != null; s = s.enclosing) {
        s.started = true;
      }
    }

    TestStoppedException notStarted() {
      TestStoppedException stopped = scope().notStarted();
      if (stoppedSetup != null) {
        stopped.initCause(stoppedSetup);
      }
      return stopped;
    }
  }

  private record ClassKey(Class<?> testClass) {}

  // ---- class level ------------------------------------------------------------------------

  @Override
  public void beforeAll(ExtensionContext context) {
    classState(context);
  }

  @Override
  public <T> T interceptTestClassConstructor(
      Invocation<T> invocation, ReflectiveInvocationContext<Constructor<T>> invocationContext, ExtensionContext context)
      throws Throwable {
    // Constructing is not gated: Jupiter builds the instance before it evaluates conditions such
    // as @Disabled, so a gate here would report a disabled test as stopped. No code of a test
    // that was not admitted runs after its constructor.
    Class<?> constructed = invocationContext.getExecutable().getDeclaringClass();
    return invoke(
        invocation, classState(context), null, Phase.CLEANUP, context.getUniqueId(), "new " + constructed.getName() + "()");
  }

  @Override
  public void interceptBeforeAllMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    ClassState state = classState(context);
    if (state.binding == null) {
      invocation.proceed();
      return;
    }
    String origin = methodOrigin(context, invocationContext.getExecutable());
    // In a sequential group a class sets up in its turn, once the tests before its first are done.
    Turn turn = state.binding.spec().parallel() ? null : state.binding.group().turn();
    Member member = state.stoppedSetup == null ? state.scope().admit(context.getUniqueId(), origin, turn) : null;
    if (member == null) {
      invocation.skip(); // the class never starts: each of its tests is reported stopped at its gate
      return;
    }
    state.markStarted();
    try {
      invoke(invocation, state, member, Phase.BODY, context.getUniqueId(), origin);
    } catch (TestStoppedException stopped) {
      // Stopped while setting up: let every test of the class be reported stopped on its own.
      state.stoppedSetup = stopped.getCause() != null ? stopped.getCause() : stopped;
    } finally {
      state.scope().end(member);
    }
  }

  @Override
  public void interceptAfterAllMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    ClassState state = classState(context);
    if (state.binding != null && !state.started) {
      invocation.skip(); // nothing of the class started, so there is nothing to clean up
      return;
    }
    invoke(invocation, state, null, Phase.CLEANUP, context.getUniqueId(), methodOrigin(context, invocationContext.getExecutable()));
  }

  // ---- test level -------------------------------------------------------------------------

  @Override
  public void beforeEach(ExtensionContext context) {
    ClassState state = classState(context);
    if (state.binding == null) {
      return;
    }
    Turn turn = state.binding.spec().parallel() ? null : state.binding.group().turn();
    Member member = state.scope().admit(context.getUniqueId(), testOrigin(context), turn);
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
    ClassState state = classState(context);
    invoke(invocation, state, member(context), Phase.SETUP, context.getUniqueId(), methodOrigin(context, invocationContext.getExecutable()));
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    invokeBody(invocation, context);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    invokeBody(invocation, context);
  }

  @Override
  public <T> T interceptTestFactoryMethod(
      Invocation<T> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    return invokeBody(invocation, context);
  }

  @Override
  public void interceptDynamicTest(
      Invocation<Void> invocation, DynamicTestInvocationContext invocationContext, ExtensionContext context)
      throws Throwable {
    ClassState state = classState(context);
    if (state.binding == null) {
      invocation.proceed();
      return;
    }
    // A dynamic test has no callbacks of its own: it passes its gate here. In a sequential group
    // its factory holds the group's turn, so its dynamic tests take turns among themselves.
    CancelScope scope = state.scope();
    Member factory = member(context);
    Turn turn = state.binding.spec().parallel() || factory == null ? null : scope.childTurn(factory);
    Member member = scope.admit(context.getUniqueId(), testOrigin(context), turn);
    if (member == null) {
      invocation.skip();
      throw state.notStarted();
    }
    try {
      invoke(invocation, state, member, Phase.BODY, context.getUniqueId(), testOrigin(context));
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
    if (state.binding != null) {
      if (member == null) {
        invocation.skip(); // the test never started, so there is nothing to clean up
        return;
      }
      state.scope().endBody(member); // when setup failed, the body never ran
    }
    invoke(invocation, state, member, Phase.CLEANUP, context.getUniqueId(), methodOrigin(context, invocationContext.getExecutable()));
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
   * A failure in another extension's callback (G3) never passes through an interceptor; it is
   * classified here, once Jupiter has recorded it. Failures seen before are not counted again.
   */
  private static void classifyCallbackFailure(ExtensionContext context, ClassState state, Member member) {
    Optional<Throwable> failure = context.getExecutionException();
    if (state.binding != null && failure.isPresent()) {
      state.scope().failed(
          member, failure.get(), System.nanoTime(), state.binding.spec().policy(), context.getUniqueId(), testOrigin(context));
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
    if (state.binding == null) {
      throw new ParameterResolutionException(
          "GroupSignal is only available to members of a fail-fast group; annotate "
              + context.getRequiredTestClass().getName() + " with @FailFastGroup(\"<name>\")");
    }
    return new MemberSignal(state.binding.group(), member(context), context.getUniqueId(), testOrigin(context));
  }

  // ---- invocation -------------------------------------------------------------------------

  private <T> T invokeBody(Invocation<T> invocation, ExtensionContext context) throws Throwable {
    return invoke(invocation, classState(context), member(context), Phase.BODY, context.getUniqueId(), testOrigin(context));
  }

  /**
   * Runs user code of a member: in its window when it may be interrupted, classifying whatever it
   * throws. Outside a group (binding {@code null}) it only proceeds.
   */
  private static <T> T invoke(
      Invocation<T> invocation, ClassState state, Member member, Phase phase, String originId, String origin)
      throws Throwable {
    if (state.binding == null) {
      return invocation.proceed();
    }
    CancelScope scope = state.scope();
    boolean window = member != null && phase != Phase.CLEANUP;
    if (window && !scope.enter(member)) {
      invocation.skip(); // notified between two pieces of its code: stop at this checkpoint
      finish(scope, member, false, phase);
      throw scope.stopped(member, null);
    }
    T result;
    try {
      result = invocation.proceed();
    } catch (Throwable failure) {
      long caughtAt = System.nanoTime();
      finish(scope, member, window, phase);
      throw scope.failed(member, failure, caughtAt, state.binding.spec().policy(), originId, origin);
    }
    finish(scope, member, window, phase);
    if (phase == Phase.BODY && member != null) {
      TestStoppedException overdue = scope.overdue(member);
      if (overdue != null) {
        throw overdue;
      }
    }
    return result;
  }

  private static void finish(CancelScope scope, Member member, boolean window, Phase phase) {
    if (window) {
      scope.exit(member);
    }
    if (phase == Phase.BODY && member != null) {
      scope.endBody(member);
    }
  }

  // ---- state lookup -----------------------------------------------------------------------

  private static Member member(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(Member.class, Member.class);
  }

  private static ClassState classState(ExtensionContext context) {
    Class<?> testClass = nearest(context, ExtensionContext::getTestClass);
    // Stores are hierarchical: a test finds its class's state, a nested class creates its own.
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(
        new ClassKey(testClass),
        key -> new ClassState(
            binding(context, testClass),
            context.getParent().filter(p -> p.getTestClass().isPresent()).map(FailFastExtension::classState).orElse(null)),
        ClassState.class);
  }

  private static Binding binding(ExtensionContext context, Class<?> testClass) {
    try {
      return registry(context).bind(testClass).orElse(null);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(e.getMessage(), e); // names the problem and the fix
    }
  }

  private static GroupRegistry registry(ExtensionContext context) {
    Optional<String> sharedRun = context.getConfigurationParameter(GroupRegistry.SHARED_RUN);
    if (sharedRun.isPresent()) {
      return GroupRegistry.shared(sharedRun.get(), () -> createRegistry(context));
    }
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
        GroupRegistry.class, key -> createRegistry(context), GroupRegistry.class);
  }

  private static GroupRegistry createRegistry(ExtensionContext context) {
    ClassLoader loader = context.getTestClass().map(Class::getClassLoader)
        .orElseGet(() -> Thread.currentThread().getContextClassLoader());
    FailFastConfiguration configuration = FailFastConfiguration.read(context::getConfigurationParameter, loader);
    return new GroupRegistry(configuration, new GroupMembership(configuration, context::getConfigurationParameter, loader));
  }

  // ---- names ------------------------------------------------------------------------------

  /**
   * {@code com.acme.PaymentsIT.charge()}; for an invocation of a template or a dynamic test its
   * display name follows, e.g. {@code com.acme.PaymentsIT.charge(String) [2] visa}.
   */
  private static String testOrigin(ExtensionContext context) {
    String className = nearest(context, ExtensionContext::getTestClass).getName();
    Optional<Method> method = context.getTestMethod();
    Optional<ExtensionContext> parent = context.getParent();
    if (method.isEmpty() && parent.flatMap(ExtensionContext::getTestMethod).isEmpty()) {
      return className;
    }
    // A dynamic test has no method of its own; an invocation shares its template's method.
    boolean invocation = method.isEmpty() || parent.flatMap(ExtensionContext::getTestMethod).isPresent();
    String name = className + "." + signature(nearest(context, ExtensionContext::getTestMethod));
    return invocation ? name + " " + context.getDisplayName() : name;
  }

  /** The value the context or its nearest ancestor has: dynamic tests have no class of their own. */
  private static <T> T nearest(ExtensionContext context, Function<ExtensionContext, Optional<T>> value) {
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
      Optional<T> found = value.apply(c.get());
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new IllegalStateException("no test class or method around " + context.getUniqueId());
  }

  private static String methodOrigin(ExtensionContext context, Method method) {
    return context.getRequiredTestClass().getName() + "." + signature(method);
  }

  /** {@code charge()}, {@code probe(GroupSignal)}: as JUnit and the reports name a method. */
  private static String signature(Method method) {
    StringJoiner parameters = new StringJoiner(", ", method.getName() + "(", ")");
    for (Class<?> type : method.getParameterTypes()) {
      parameters.add(type.getSimpleName());
    }
    return parameters.toString();
  }
}
